using Microsoft.AspNetCore.Mvc;
using Relata.Analysis;
using Relata.Dossier;
using Relata.Web.Hosting;

namespace Relata.Web.Api;

/// <summary>The parameters of the analysis endpoints. A side is any actor name, code or id; a dyad is a and b (or dyad=a,b).</summary>
public sealed record AnalysisQuery(
    [property: FromQuery(Name = "actor")] string? Actor = null,
    [property: FromQuery(Name = "a")] string? A = null,
    [property: FromQuery(Name = "b")] string? B = null,
    [property: FromQuery(Name = "dyad")] string? Dyad = null,
    [property: FromQuery(Name = "topic")] string? Topic = null,
    [property: FromQuery(Name = "from")] string? From = null,
    [property: FromQuery(Name = "to")] string? To = null,
    [property: FromQuery(Name = "by")] string? By = null,
    [property: FromQuery(Name = "measure")] string? Measure = null,
    [property: FromQuery(Name = "proposition")] string? Proposition = null,
    [property: FromQuery(Name = "asserted")] bool? Asserted = null,
    [property: FromQuery(Name = "format")] string? Format = null)
{
    public string Key(string endpoint) => $"{endpoint}|{Actor}|{A}|{B}|{Dyad}|{Topic}|{From}|{To}|{By}|{Measure}|{Proposition}|{Asserted}|{Format}";

    public sealed record Sides(ActorScope? Actor, ActorScope? A, ActorScope? B, AnalysisFilter Filter);

    /// <summary>The resolved sides and filter, or the reason the parameters are not valid.</summary>
    public (Sides? Sides, string? Problem) Resolve(Knowledge knowledge)
    {
        var (_, problem) = new FactQuery(From: From, To: To).ToFilter(knowledge);
        if (problem is not null) return (null, problem);
        if (By is not null && By is not ("year" or "quarter" or "month")) return (null, $"by={By}: year, quarter or month");
        string? a = A, b = B;
        if (!string.IsNullOrWhiteSpace(Dyad))
        {
            var parts = Dyad.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) return (null, $"dyad={Dyad}: name two actors separated by a comma, e.g. RUS,AFG");
            (a, b) = (parts[0], parts[1]);
        }
        ActorScope? Side(string? text, out string? why)
        {
            why = null;
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (knowledge.Find(text) is { } actor) return knowledge.Scope(actor);
            why = knowledge.NoSuchActor(text);
            return null;
        }
        var sideActor = Side(Actor, out var p1);
        var sideA = Side(a, out var p2);
        var sideB = Side(b, out var p3);
        if ((p1 ?? p2 ?? p3) is { } why) return (null, why);
        string? topic = string.IsNullOrWhiteSpace(Topic) ? null : Topic.Trim();
        return (new Sides(sideActor, sideA, sideB, new AnalysisFilter(From, To, topic)), null);
    }
}

/// <summary>Timeline, dyad index, network, claims tracker, figure series, instruments and corroboration: thin adapters
/// over the library's analyses (src/Relata/Analysis), cached until the store changes.</summary>
public static class AnalysisApi
{
    private const int EventsPerPeriod = 50;
    private const int EvidencePerEdge = 20;

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/timeline", ([AsParameters] AnalysisQuery q, StorePool pool, Knowledge kb, AnalysisCache cache) =>
            Run(q, kb, cache, "timeline", s =>
            {
                var actor = s.A ?? s.Actor;
                var result = pool.Read(store => Timeline.Build(Narrow(store, actor, s.A is null ? null : s.B),
                    new TimelineQuery(actor, s.A is null ? null : s.B, s.Filter, q.Asserted ?? false)));
                ApiTimelineEntry Entry(ReportedEvent r, string date, string precision, DateOnly start, DateOnly end) =>
                    new(date, precision, start, end, r.EvidenceCount, r.DocumentCount, ApiEvent.From(r.Event), [.. r.Evidence.Select(ApiEvidence.From)]);
                return new ApiTimeline(
                    [.. result.Entries.Select(e => Entry(e.Event, e.Date, e.Precision, e.Start, e.End))],
                    [.. result.Undated.Select(r => Entry(r, "", "", default, default))],
                    result.Entries.Count + result.Undated.Count);
            }))
        .WithName("Timeline").WithSummary("Events of an actor, a dyad (a, b), a topic or a period in date order at their own precision, each with its reports (evidence count); asserted=true leaves out planned, negated and alleged events.")
        .Produces<ApiTimeline>().ProducesProblem(400);

        api.MapGet("/dyad-index", ([AsParameters] AnalysisQuery q, StorePool pool, Knowledge kb, AnalysisCache cache) =>
            Run(q, kb, cache, "dyad", s =>
            {
                if (s.A is null || s.B is null) throw new ArgumentException("name both sides: a and b (or dyad=a,b)");
                var by = PeriodBucket.ParseUnit(q.By);
                var result = pool.Read(store => DyadIndex.Build(Narrow(store, s.A, s.B), new DyadQuery(s.A, s.B, by, s.Filter)));
                var byPeriod = result.Counted.GroupBy(e => PeriodBucket.Of(e.Event.When!.Value, by)).ToDictionary(g => g.Key, g => g.ToList());
                return new ApiDyadIndex(ApiSide.From(result.A), ApiSide.From(result.B), by.ToString().ToLowerInvariant(),
                    [.. result.Periods.Select(p => new ApiDyadPeriod(p.Period.Label, p.Period.Start, p.Period.End, p.Period.Coarse,
                        ApiDyadCell.From(p.AToB), ApiDyadCell.From(p.BToA),
                        [.. byPeriod.GetValueOrDefault(p.Period, []).Take(EventsPerPeriod).Select(e => new ApiDyadEvent(e.AToB, ApiEvent.From(e.Event.Event)))]))],
                    ApiDyadCell.From(result.TotalAToB), ApiDyadCell.From(result.TotalBToA),
                    new ApiDyadTrend(result.Trend.SlopePerYear is { } sl ? Math.Round(sl, 3) : null, result.Trend.Direction, result.Trend.From, result.Trend.To,
                        result.Trend.FirstHalfMean is { } f ? Math.Round(f, 3) : null, result.Trend.SecondHalfMean is { } l ? Math.Round(l, 3) : null),
                    result.Counted.Count, result.NotAsserted, result.Undated);
            }))
        .WithName("DyadIndex").WithSummary("Cooperation–conflict index of a pair (a, b) in both directions by year, quarter or month (by): counts by quad class, Goldstein sum and mean, trend; asserted events only.")
        .Produces<ApiDyadIndex>().ProducesProblem(400);

        api.MapGet("/network", ([AsParameters] AnalysisQuery q, StorePool pool, Knowledge kb, AnalysisCache cache) =>
            Run(q, kb, cache, "network", s =>
            {
                var around = s.Actor ?? s.A;
                var result = pool.Read(store => ActorNetwork.Build(Narrow(store, around, null), new NetworkQuery(s.Filter, around, kb.RollUp, q.Asserted ?? true)));
                return new ApiNetwork(
                    [.. result.Nodes.Select(n => new ApiNetworkNode(n.Id, n.Name, n.InDegree, n.OutDegree, n.WeightedIn, n.WeightedOut, Math.Round(n.Betweenness, 4), n.Community))],
                    [.. result.Edges.Select(e => new ApiNetworkEdge(e.Source, e.Target, e.Weight, Math.Round(e.GoldsteinSum, 2), Math.Round(e.GoldsteinMean, 2), e.First, e.Last,
                        [.. e.Evidence.Take(EvidencePerEdge).Select(ApiEvidence.From)]))],
                    Math.Round(result.Modularity, 4));
            }))
        .WithName("Network").WithSummary("Directed, weighted interactions between actors (people and bodies rolled up to their states), around an actor (actor or a) if given: degree, betweenness, Louvain communities, and evidence per edge.")
        .Produces<ApiNetwork>().ProducesProblem(400);

        api.MapGet("/claims-tracker", ([AsParameters] AnalysisQuery q, StorePool pool, Knowledge kb, AnalysisCache cache) =>
            Run(q, kb, cache, "tracker", s =>
            {
                var actor = s.Actor ?? s.A;
                var result = pool.Read(store => ClaimsTracker.Build(store, new ClaimsTrackerQuery(s.Filter, actor, q.Proposition)));
                var propositions = result.Propositions.AsEnumerable();
                if (s.A is not null && s.B is not null) propositions = propositions.Where(p => Involves(p, s.B));
                return propositions.Select(ApiTrackedProposition.From).ToList();
            }))
        .WithName("ClaimsTracker").WithSummary("Claims grouped by proposition in time order (who said what, when, where), with changes of position and contradictions between sources; actor or dyad (a, b) narrows it.")
        .Produces<List<ApiTrackedProposition>>().ProducesProblem(400);

        api.MapGet("/figure-series", ([AsParameters] AnalysisQuery q, StorePool pool, Knowledge kb, AnalysisCache cache) =>
            Run(q, kb, cache, "figures", s =>
            {
                var actor = s.Actor ?? s.A;
                var result = pool.Read(store => FigureSeries.Build(store, new FigureSeriesQuery(s.Filter, actor, q.Measure, SubstantiveOnly: true)));
                return result.Measures.Select(m => new ApiFigureMeasure(m.Measure, m.Unit, m.Dimension, m.Sources,
                    [.. m.Points.Select(p => new ApiFigurePoint(p.Period, p.AsOf, p.Value, p.Unit, p.Approximate, p.Qualifier, p.Change, p.Text, p.Actors,
                        ApiEvidence.From(p.Evidence)))])).ToList();
            }))
        .WithName("FigureSeries").WithSummary("Figures by measure over time with their sources; actor (or a) and measure words narrow it.")
        .Produces<List<ApiFigureMeasure>>().ProducesProblem(400);

        api.MapGet("/instruments", ([AsParameters] AnalysisQuery q, StorePool pool, Knowledge kb, AnalysisCache cache) =>
            Run(q, kb, cache, "instruments", s =>
            {
                var rows = (s.Actor ?? s.A) is { } actor ? new[] { actor } : null;
                var result = pool.Read(store => InstrumentsMatrix.Build(store, new InstrumentsQuery(s.Filter, rows, s.A is null ? null : s.B, kb.RollUp)));
                return new ApiInstruments([.. result.Actors.Select(a => new ApiLink(a.Id, a.Name, null, null))], result.Topics,
                    [.. result.Cells.Select(c => new ApiInstrumentCell(c.ActorId, c.Topic, c.Events, c.Claims,
                        new ApiInstrumentEvidence(c.Strongest.Kind, c.Strongest.Summary, c.Strongest.Date, c.Strongest.Documents, ApiEvidence.From(c.Strongest.Evidence))))]);
            }))
        .WithName("Instruments").WithSummary("Actors by policy area: event and claim counts with the strongest evidence in each cell; a and b: what a uses toward b.")
        .Produces<ApiInstruments>().ProducesProblem(400);

        api.MapGet("/corroboration", ([AsParameters] AnalysisQuery q, StorePool pool, Knowledge kb, AnalysisCache cache) =>
            Run(q, kb, cache, "corroboration", s =>
            {
                var result = pool.Read(store => Corroboration.Build(store, new CorroborationQuery(s.Filter, s.Actor ?? s.A)));
                return new ApiCorroboration(
                    [.. result.SingleSourceEvents.Take(500).Select(ApiReportedEvent.From)], [.. result.CorroboratedEvents.Take(500).Select(ApiReportedEvent.From)],
                    [.. result.SingleSourcePropositions.Select(p => new ApiSingleSourceProposition(p.Key, p.Label, p.DocumentId, p.Claims, ApiEvidence.From(p.Evidence)))],
                    [.. result.Disagreements.Select(d => new ApiDisagreement(d.Kind, d.Summary, d.Values, [.. d.Reports.Select(ApiEvent.From)]))]);
            }))
        .WithName("Corroboration").WithSummary("Events and propositions resting on one source, those several sources report, and reports that disagree on date or participants.")
        .Produces<ApiCorroboration>().ProducesProblem(400);

        api.MapGet("/dossier", ([AsParameters] AnalysisQuery q, StorePool pool, Knowledge kb, AnalysisCache cache) => Dossier(q, pool, kb, cache))
        .WithName("Dossier").WithSummary("The relationship dossier of a and b for the period (from, to) as one self-contained HTML file (format=html) or Markdown (format=md), as a download.")
        .Produces(200, contentType: "text/html").ProducesProblem(400).ProducesProblem(404);
    }

    private static IResult Dossier(AnalysisQuery q, StorePool pool, Knowledge kb, AnalysisCache cache)
    {
        var (sides, problem) = q.Resolve(kb);
        if (sides is null) return Problems.BadRequest(problem!);
        if (sides.A is null || sides.B is null) return Problems.BadRequest("name both sides: a and b (or dyad=a,b)");
        if (q.Format is not (null or "html" or "md")) return Problems.BadRequest($"format={q.Format}: html or md");
        bool markdown = q.Format == "md";
        var (a, b, filter) = (sides.A, sides.B, sides.Filter);
        string? text = cache.Get(q.Key("dossier"), () =>
        {
            var dossier = pool.Read(store => DossierBuilder.Build(Narrow(store, a, null), new DossierQuery(a, b, filter, kb.RollUp)));
            return dossier.IsEmpty ? "" : markdown ? DossierMarkdown.Render(dossier) : DossierHtml.Render(dossier);
        });
        if (text.Length == 0)
        {
            string when = filter.HasPeriod ? $" between {filter.From ?? "the start"} and {filter.To ?? "now"}" : "";
            return Problems.NotFound($"Nothing to report on {a.Name} and {b.Name}{when}: no events, claims, figures or threat sentences name them.");
        }
        string name = $"dossier-{DossierLayout.Slug(a.Name)}-{DossierLayout.Slug(b.Name)}{(filter.From is null ? "" : "-from-" + filter.From)}{(filter.To is null ? "" : "-to-" + filter.To)}.{(markdown ? "md" : "html")}";
        return Results.File(System.Text.Encoding.UTF8.GetBytes(text), markdown ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8", name);
    }

    /// <summary>The store as the analysis should see it: only events of the sides involved (all when no side is named).</summary>
    private static Store.IRelataStore Narrow(Store.IRelataStore store, ActorScope? actor, ActorScope? counterpart)
    {
        static IReadOnlyList<string> Ids(ActorScope s) => [.. s.Members];
        if (actor is null) return store;
        var filter = counterpart is null ? new Store.FactFilter(Actor: Ids(actor)) : new Store.FactFilter(DyadA: Ids(actor), DyadB: Ids(counterpart));
        return new NarrowedStore(store, filter);
    }

    private static bool Involves(TrackedProposition p, ActorScope side) =>
        p.Key.Split(':').Any(part => side.Members.Contains(part))
        || p.Claims.Any(c => (c.SpeakerId is { } id && side.Members.Contains(id)) || side.Members.Contains(c.Party));

    private static IResult Run<T>(AnalysisQuery query, Knowledge knowledge, AnalysisCache cache, string name, Func<AnalysisQuery.Sides, T> build)
        where T : notnull
    {
        var (sides, problem) = query.Resolve(knowledge);
        if (sides is null) return Problems.BadRequest(problem!);
        try
        {
            return cache.Json(query.Key(name), () => build(sides));
        }
        catch (ArgumentException e)
        {
            return Problems.BadRequest(e.Message);
        }
    }
}
