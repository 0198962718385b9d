using Microsoft.AspNetCore.Mvc;
using Relata.Topics;
using Relata.Web.Hosting;

namespace Relata.Web.Api;

/// <summary>Events, claims, figures, dyads and topics with the shared filters.</summary>
public static class FactsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/events", ([AsParameters] FactQuery query, StorePool pool, Knowledge knowledge) =>
            Paged(query, knowledge, f => pool.Read(s => s.FindEvents(f, query.PageLimit, query.PageOffset)), ApiEvent.From))
        .WithName("ListEvents").WithSummary("Coded events in date order: actor (source or target), dyad (either direction), topic, modality, from/to, CAMEO code prefix, words (q), located.")
        .Produces<Page<ApiEvent>>().ProducesProblem(400);

        api.MapGet("/claims", ([AsParameters] FactQuery query, StorePool pool, Knowledge knowledge) =>
            Paged(query, knowledge, f => pool.Read(s => s.FindClaims(f, query.PageLimit, query.PageOffset)), ApiClaim.From))
        .WithName("ListClaims").WithSummary("Attributed statements in date order: actor (speaker or mentioned), dyad (both involved), topic, from/to, words (q).")
        .Produces<Page<ApiClaim>>().ProducesProblem(400);

        api.MapGet("/figures", ([AsParameters] FactQuery query, StorePool pool, Knowledge knowledge) =>
            Paged(query, knowledge, f => pool.Read(s => s.FindFigures(f, query.PageLimit, query.PageOffset)), ApiFigure.From))
        .WithName("ListFigures").WithSummary("Figures over time with measure, period and evidence: actor or dyad mentioned, topic, from/to, words of the measure (q).")
        .Produces<Page<ApiFigure>>().ProducesProblem(400);

        api.MapGet("/dyads", ([AsParameters] FactQuery query, StorePool pool, Knowledge knowledge, AnalysisCache cache, HttpRequest request) =>
        {
            var (filter, problem) = query.ToFilter(knowledge);
            if (filter is null) return Problems.BadRequest(problem!);
            return cache.Json("dyads" + request.QueryString, () => pool.Read(s => s.Dyads(filter, query.PageLimit)).Select(ApiDyad.From).ToList());
        })
        .WithName("ListDyads").WithSummary("Directed actor pairs with event counts (all and asserted) and Goldstein sums, busiest first.")
        .Produces<List<ApiDyad>>().ProducesProblem(400);

        api.MapGet("/topics", (StorePool pool, AnalysisCache cache) => cache.Json("topics", () =>
        {
            var counts = pool.Read(s => s.TopicCounts()).ToDictionary(t => t.Topic, t => t.Sentences);
            return TopicLexicon.Bundled.Areas
                .Select(a => new ApiTopic(a.Id, a.Name, counts.GetValueOrDefault(a.Id)))
                .OrderByDescending(t => t.Sentences).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        }))
        .WithName("ListTopics").WithSummary("Policy areas of the topic lexicon with how many stored sentences carry each.")
        .Produces<List<ApiTopic>>();

        api.MapGet("/resolve", ([FromQuery] string? actor, Knowledge knowledge) =>
        {
            if (string.IsNullOrWhiteSpace(actor)) return Problems.BadRequest("actor: give a name, code or id");
            if (knowledge.Find(actor) is not { } found)
                return Problems.NotFound(knowledge.NoSuchActor(actor));
            return Results.Ok(new ApiResolvedActor(found.Id, found.Name, Export.ExtractActorsMapper.Name(found.Type), knowledge.Side(found)));
        })
        .WithName("ResolveActor").WithSummary("The actor a name, code or alias stands for, and the ids a filter on it covers.")
        .Produces<ApiResolvedActor>().ProducesProblem(404);
    }

    internal static IResult Paged<TRecord, TApi>(FactQuery query, Knowledge knowledge, Func<Store.FactFilter, Store.PagedResult<TRecord>> run,
        Func<TRecord, TApi> map)
    {
        var (filter, problem) = query.ToFilter(knowledge);
        if (filter is null) return Problems.BadRequest(problem!);
        var result = run(filter);
        return Results.Ok(new Page<TApi>([.. result.Items.Select(map)], result.Total, query.PageLimit, query.PageOffset));
    }
}
