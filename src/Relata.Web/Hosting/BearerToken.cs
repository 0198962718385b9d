using System.Security.Cryptography;
using System.Text;

namespace Relata.Web.Hosting;

/// <summary>
/// When the server has a token, every request must carry it: API clients as "Authorization: Bearer …"; a browser
/// opens the printed URL with ?token=… once and then carries it in a same-site, HTTP-only cookie.
/// </summary>
public static class BearerToken
{
    public const string Cookie = "relata_token";

    public static IApplicationBuilder UseBearerToken(this IApplicationBuilder app, string token)
    {
        byte[] expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));
        bool Matches(string? given) =>
            given is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), expected);

        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            string header = request.Headers.Authorization.ToString();
            if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(header[7..].Trim()))
            {
                await next(context);
                return;
            }
            if (Matches(request.Cookies[Cookie]))
            {
                await next(context);
                return;
            }
            if (HttpMethods.IsGet(request.Method) && !request.Path.StartsWithSegments("/api") && Matches(request.Query["token"]))
            {
                context.Response.Cookies.Append(Cookie, request.Query["token"]!, new CookieOptions
                {
                    HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = request.IsHttps, Path = "/",
                });
                context.Response.Redirect(request.Path.Value ?? "/");
                return;
            }
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"relata\"";
            await Problems.Write(context, StatusCodes.Status401Unauthorized, "Authentication required",
                "This server requires its bearer token: send \"Authorization: Bearer <token>\", or open the URL it printed.");
        });
    }
}
