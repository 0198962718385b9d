using Microsoft.AspNetCore.Mvc;
using Relata.Export;
using Relata.Web.Hosting;

namespace Relata.Web.Api;

/// <summary>Documents and full-text search.</summary>
public static class CorpusApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/documents", ([FromQuery] int? limit, [FromQuery] int? offset, StorePool pool) =>
        {
            var page = new FactQuery(Limit: limit, Offset: offset);
            if (limit is < 1 or > FactQuery.MaxLimit || offset is < 0) return Problems.BadRequest($"limit 1–{FactQuery.MaxLimit}, offset ≥ 0");
            var result = pool.Read(s => s.ListDocuments(page.PageLimit, page.PageOffset));
            return Results.Ok(new Page<ApiDocument>([.. result.Items.Select(ApiDocument.From)], result.Total, page.PageLimit, page.PageOffset));
        })
        .WithName("ListDocuments").WithSummary("Stored documents, oldest first, paged.")
        .Produces<Page<ApiDocument>>();

        api.MapGet("/documents/{id}", (string id, StorePool pool) =>
        {
            var doc = pool.Read(s => s.GetDocument(id));
            if (doc is null) return Problems.NotFound($"no document {id}");
            return Results.Ok(new ApiDocumentDetail(ApiDocument.From(doc.Summary), doc.ContentHash, doc.Text,
                [.. doc.Sentences.Select(x => new ExtractSentence(x.Index, x.Paragraph, x.Start, x.End, x.Text))]));
        })
        .WithName("GetDocument").WithSummary("One document (id or unambiguous prefix): metadata, text and sentences with offsets.")
        .Produces<ApiDocumentDetail>().ProducesProblem(404);

        api.MapGet("/documents/{id}/extract", (string id, StorePool pool) =>
        {
            var json = pool.Read(s => s.GetDocument(id) is { } d ? s.GetExtractJson(d.Summary.Id) : null);
            return json is null ? Problems.NotFound($"no document {id}") : Results.Text(json, "application/json");
        })
        .WithName("GetDocumentExtract").WithSummary("The stored extract record of a document (the `relata extract` format).")
        .Produces<ExtractDocument>().ProducesProblem(404);

        api.MapGet("/search", ([FromQuery] string? q, [FromQuery] int? limit, [FromQuery] int? offset, StorePool pool) =>
        {
            if (string.IsNullOrWhiteSpace(q)) return Problems.BadRequest("q: give words to search for");
            if (q.Length > 500) return Problems.BadRequest("q: at most 500 characters");
            if (limit is < 1 or > FactQuery.MaxLimit || offset is < 0) return Problems.BadRequest($"limit 1–{FactQuery.MaxLimit}, offset ≥ 0");
            var page = new FactQuery(Limit: limit, Offset: offset);
            var result = pool.Read(s => s.Search(q, page.PageLimit, page.PageOffset));
            return Results.Ok(new Page<ApiSearchHit>([.. result.Items.Select(ApiSearchHit.From)], result.Total, page.PageLimit, page.PageOffset));
        })
        .WithName("Search").WithSummary("Full-text search over sentences: words are ANDed, \"quoted phrases\", a trailing * for prefixes, OR between terms.")
        .Produces<Page<ApiSearchHit>>().ProducesProblem(400);
    }
}
