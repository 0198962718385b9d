using Microsoft.AspNetCore.Mvc;
using Relata.Actors;
using Relata.Export;
using Relata.Store;
using Relata.Web.Hosting;

namespace Relata.Web.Api;

/// <summary>Actors in the store and one actor's profile, roles over time and mentions.</summary>
public static class ActorsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/actors", ([FromQuery] string? q, [FromQuery] string? type, [FromQuery] int? limit, [FromQuery] int? offset, StorePool pool,
            AnalysisCache cache, HttpRequest request) =>
        {
            if (limit is < 1 or > FactQuery.MaxLimit || offset is < 0) return Problems.BadRequest($"limit 1–{FactQuery.MaxLimit}, offset ≥ 0");
            var page = new FactQuery(Limit: limit, Offset: offset);
            if (string.IsNullOrWhiteSpace(q) && string.IsNullOrWhiteSpace(type))
            {
                var all = AllActors(pool, cache);
                return Results.Ok(new Page<ApiActor>([.. all.Skip(page.PageOffset).Take(page.PageLimit)], all.Count, page.PageLimit, page.PageOffset));
            }
            return cache.Json("actors" + request.QueryString, () =>
            {
                var result = pool.Read(s => s.FindActors(string.IsNullOrWhiteSpace(q) ? null : q.Trim(), string.IsNullOrWhiteSpace(type) ? null : type,
                    page.PageLimit, page.PageOffset));
                return new Page<ApiActor>([.. result.Items.Select(ApiActor.From)], result.Total, page.PageLimit, page.PageOffset);
            });
        })
        .WithName("ListActors").WithSummary("Linked actors with mention and document counts, most mentioned first; q matches id or name, type filters (state, person, …).")
        .Produces<Page<ApiActor>>().ProducesProblem(400);

        api.MapGet("/actors/{id}", (string id, StorePool pool, Knowledge knowledge, AnalysisCache cache) =>
            cache.Get("actor|" + id, () => ActorResult(id, pool, knowledge)))
        .WithName("GetActor").WithSummary("One actor (id, code, name or alias): profile, roles over time, memberships, counts and main counterparts.")
        .Produces<ApiActorProfile>().ProducesProblem(404);

        api.MapGet("/actors/{id}/mentions", (string id, [AsParameters] FactQuery query, StorePool pool, Knowledge knowledge) =>
        {
            string actorId = knowledge.Find(id)?.Id ?? id;
            var (filter, problem) = (query with { Actor = null, Dyad = null }).ToFilter(knowledge);
            if (filter is null) return Problems.BadRequest(problem!);
            var result = pool.Read(s => s.FindMentions(actorId, filter, query.PageLimit, query.PageOffset));
            return Results.Ok(new Page<ApiMention>([.. result.Items.Select(ApiMention.From)], result.Total, query.PageLimit, query.PageOffset));
        })
        .WithName("ListActorMentions").WithSummary("Where an actor is mentioned, in date order, with the role it held then; from/to and topic filter.")
        .Produces<Page<ApiMention>>().ProducesProblem(400);
    }

    /// <summary>
    /// Every linked actor with its counts, most mentioned first. Counting every mention reads the whole mentions
    /// table, so the list is computed once (at start-up by <see cref="CacheWarmer"/>) and kept until the store changes.
    /// </summary>
    public static List<ApiActor> AllActors(StorePool pool, AnalysisCache cache) =>
        cache.Get("actors-all", () => pool.Read(s => s.FindActors(null, null, int.MaxValue, 0)).Items.Select(ApiActor.From).ToList());

    private static IResult ActorResult(string id, StorePool pool, Knowledge knowledge)
    {
        {
            var actor = knowledge.Find(id);
            if (actor is null)
            {
                // An actor the store knows but the knowledge base does not (e.g. created from a title phrase).
                var stored = pool.Read(s => s.CountActor(id));
                if (stored is null)
                    return Problems.NotFound(knowledge.NoSuchActor(id));
                return Results.Ok(Profile(pool, knowledge, stored.ActorId, stored.Name, stored.Type ?? "unknown", null));
            }
            return Results.Ok(Profile(pool, knowledge, actor.Id, actor.Name, ExtractActorsMapper.Name(actor.Type), actor));
        }
    }

    private static ApiActorProfile Profile(StorePool pool, Knowledge knowledge, string id, string name, string type, Actor? actor)
    {
        var kb = knowledge.Base;
        var side = actor is null ? [id] : knowledge.Side(actor);
        var (stored, events, claims, counterparts) = pool.Read(s =>
        {
            var count = s.CountActor(id);
            int e = s.FindEvents(new FactFilter(Actor: side), 1, 0).Total;
            int c = s.FindClaims(new FactFilter(Actor: [id]), 1, 0).Total;
            var dyads = s.Dyads(new FactFilter(Actor: side), 12);
            return (count, e, c, dyads);
        });
        static string? D(KbDate? d) => d?.ToString();
        var memberOf = actor is null ? [] : kb.Actors.Where(o => o.Members.Any(m => m.ActorId == id))
            .Select(o => (Org: o, When: o.Members.First(m => m.ActorId == id).When)).ToList();
        return new ApiActorProfile(
            id, name, type, actor?.OfficialName,
            new ApiCodes(actor?.Cameo, actor?.Iso2, actor?.Iso3, actor?.Wikidata),
            actor?.Country, actor?.Parent, actor?.Aliases ?? [], actor?.Acronyms ?? [],
            actor is null ? [] : [.. actor.Roles.OrderBy(r => r.When.Start).Select(r => new ApiRole(r.Label, r.Of, r.Sector, D(r.When.From), D(r.When.To)))],
            actor is null ? [] : [.. actor.Governments.OrderBy(g => g.When.Start)
                .Select(g => new ApiLink(g.ActorId, g.Name ?? kb.Get(g.ActorId)?.Name ?? g.ActorId, D(g.When.From), D(g.When.To)))],
            [.. memberOf.Select(m => new ApiLink(m.Org.Id, m.Org.Name, D(m.When.From), D(m.When.To)))],
            actor is null ? [] : [.. actor.Designations.Select(d => new ApiLink(d.By, kb.Get(d.By)?.Name ?? d.By, D(d.When.From), D(d.When.To), d.List))],
            stored?.Mentions ?? 0, stored?.Documents ?? 0, events, claims, [.. counterparts.Select(ApiDyad.From)]);
    }
}
