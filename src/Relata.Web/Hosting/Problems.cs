using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Relata.Store;

namespace Relata.Web.Hosting;

/// <summary>Every error leaves as application/problem+json with a title and a one-line detail, never a stack trace.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static IResult Result(int status, string title, string? detail = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail);

    public static IResult NotFound(string detail) => Result(StatusCodes.Status404NotFound, "Not found", detail);

    public static IResult BadRequest(string detail) => Result(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static async Task Write(HttpContext context, int status, string title, string? detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Instance = context.Request.Path };
        await context.Response.WriteAsync(JsonSerializer.Serialize(problem), context.RequestAborted);
    }

    /// <summary>Catches what escaped an endpoint; logs it in full, answers with a short problem.</summary>
    public static IApplicationBuilder UseProblemErrors(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Relata.Web");
                context.Response.Clear();
                switch (e)
                {
                    case BadHttpRequestException bad:
                        await Write(context, bad.StatusCode, "Bad request", FirstLine(bad.Message));
                        break;
                    case StoreException:
                        logger.LogError(e, "store error on {Path}", context.Request.Path);
                        await Write(context, StatusCodes.Status503ServiceUnavailable, "Store unavailable",
                            "The store could not answer this request; the server log has the details.");
                        break;
                    default:
                        logger.LogError(e, "unhandled error on {Path}", context.Request.Path);
                        await Write(context, StatusCodes.Status500InternalServerError, "Internal error",
                            "The server could not answer this request; the server log has the details.");
                        break;
                }
            }
        });

    private static string FirstLine(string message)
    {
        int newline = message.IndexOfAny(['\r', '\n']);
        return newline < 0 ? message : message[..newline];
    }
}
