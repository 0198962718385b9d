using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Relata.Actors;
using Relata.Ingest;
using Relata.Web.Hosting;

namespace Relata.Web.Api;

/// <summary>Adds a document: an uploaded file or pasted text goes through ingest, the pipeline and the store.</summary>
public static class IngestApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/ingest", Ingest)
            .WithName("Ingest")
            .WithSummary("Ingest one uploaded file (multipart field \"file\") or pasted text (form field \"text\", optional \"title\"); returns what was stored.")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<List<ApiIngestResult>>()
            .ProducesProblem(400).ProducesProblem(413).ProducesProblem(415)
            .DisableAntiforgery();
    }

    private static async Task<IResult> Ingest(HttpContext context, StorePool pool, Knowledge knowledge, RelataServerOptions options)
    {
        long limit = options.MaxUploadBytes;
        // Room for the multipart framing around a file of the maximum size.
        long bodyLimit = limit + 64 * 1024;
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = bodyLimit;
        if (context.Request.ContentLength > bodyLimit) return TooLarge(limit);
        if (!context.Request.HasFormContentType)
            return Problems.Result(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "send multipart/form-data with a \"file\", or a form with \"text\"");

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = bodyLimit, ValueLengthLimit = (int)Math.Min(int.MaxValue, limit) },
                context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return TooLarge(limit);
        }

        SourceInput input;
        if (form.Files.GetFile("file") is { } file)
        {
            if (file.Length > limit) return TooLarge(limit);
            if (file.Length == 0) return Problems.BadRequest("the uploaded file is empty");
            string name = UploadCheck.SafeName(file.FileName);
            byte[] bytes = new byte[file.Length];
            await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(bytes, context.RequestAborted);
            if (UploadCheck.Problem(name, bytes) is { } problem)
                return Problems.Result(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type", problem);
            input = new SourceInput("upload:" + name, bytes, file.ContentType);
        }
        else if (form["text"].ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text))
        {
            string title = form["title"].ToString().Trim();
            string body = title.Length > 0 && !text.TrimStart().StartsWith(title, StringComparison.Ordinal) ? title + "\n\n" + text : text;
            byte[] bytes = Encoding.UTF8.GetBytes(body);
            if (bytes.Length > limit) return TooLarge(limit);
            string hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
            input = new SourceInput($"paste:{(title.Length > 0 ? UploadCheck.SafeName(title) : "text")}-{hash}.txt", bytes, "text/plain");
        }
        else return Problems.BadRequest("send a \"file\" or a non-empty \"text\"");

        var items = IngestSource.ReadOne(input);
        var results = new List<ApiIngestResult>();
        var errors = items.Where(i => i.IsError).Select(i => i.Error!.Message).ToList();
        foreach (var item in items.Where(i => !i.IsError))
        {
            var analysis = knowledge.Pipeline.Run(item.Document!);
            var saved = await pool.WriteAsync(s => s.Save(analysis), context.RequestAborted);
            results.Add(new ApiIngestResult(saved.Outcome == Store.SaveOutcome.Duplicate ? saved.DuplicateOf! : saved.DocumentId, saved.Version,
                saved.Outcome.ToString().ToLowerInvariant(), saved.DuplicateOf, analysis.Metadata.Title, analysis.Sentences.Count, analysis.Events.Count,
                analysis.Claims.Count, analysis.Quantities.Count, analysis.Mentions.Count(m => m.Kind == ActorMentionKind.Actor), []));
        }
        if (results.Count == 0)
            return Problems.Result(StatusCodes.Status422UnprocessableEntity, "Nothing to ingest",
                errors.Count > 0 ? string.Join("; ", errors) : "the input holds no document");
        if (errors.Count > 0) results[^1] = results[^1] with { Errors = errors };
        return Results.Ok(results);
    }

    private static IResult TooLarge(long limit) =>
        Problems.Result(StatusCodes.Status413PayloadTooLarge, "Upload too large", $"uploads are limited to {limit / 1024.0 / 1024.0:0.##} MB");
}
