using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Relata.Store;
using Relata.Web.Hosting;

namespace Relata.Web.Api;

/// <summary>The filters and paging every fact list accepts, as query parameters.</summary>
public sealed partial record FactQuery(
    [property: FromQuery(Name = "actor")] string? Actor = null,
    [property: FromQuery(Name = "dyad")] string? Dyad = null,
    [property: FromQuery(Name = "topic")] string? Topic = null,
    [property: FromQuery(Name = "modality")] string? Modality = null,
    [property: FromQuery(Name = "from")] string? From = null,
    [property: FromQuery(Name = "to")] string? To = null,
    [property: FromQuery(Name = "code")] string? Code = null,
    [property: FromQuery(Name = "q")] string? Q = null,
    [property: FromQuery(Name = "located")] bool? Located = null,
    [property: FromQuery(Name = "limit")] int? Limit = null,
    [property: FromQuery(Name = "offset")] int? Offset = null)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    private static readonly string[] Modalities = ["asserted", "hypothetical", "negated", "alleged"];

    public int PageLimit => Math.Clamp(Limit ?? DefaultLimit, 1, MaxLimit);

    public int PageOffset => Math.Max(0, Offset ?? 0);

    /// <summary>The store filter, or the reason the parameters are not valid.</summary>
    public (FactFilter? Filter, string? Problem) ToFilter(Knowledge knowledge)
    {
        if (Limit is < 1 or > MaxLimit) return (null, $"limit must be between 1 and {MaxLimit}");
        if (Offset is < 0) return (null, "offset must not be negative");
        if (From is not null && !TimexPrefix().IsMatch(From)) return (null, $"from={From}: use a date such as 2021, 2021-08 or 2021-08-15");
        if (To is not null && !TimexPrefix().IsMatch(To)) return (null, $"to={To}: use a date such as 2021, 2021-08 or 2021-08-15");
        if (Modality is not null && !Modalities.Contains(Modality)) return (null, $"modality={Modality}: one of {string.Join(", ", Modalities)}");
        if (Code is not null && !Code.All(char.IsAsciiDigit)) return (null, $"code={Code}: a CAMEO code or prefix such as 04 or 0812");
        IReadOnlyList<string>? actor = null, a = null, b = null;
        if (Blank(Actor) is { } actorText)
        {
            (actor, string? problem) = Resolve(knowledge, actorText);
            if (problem is not null) return (null, problem);
        }
        if (Blank(Dyad) is { } dyadText)
        {
            var parts = dyadText.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) return (null, $"dyad={dyadText}: name two actors separated by a comma, e.g. RUS,AFG");
            (a, string? pa) = Resolve(knowledge, parts[0]);
            if (pa is not null) return (null, pa);
            (b, string? pb) = Resolve(knowledge, parts[1]);
            if (pb is not null) return (null, pb);
        }
        return (new FactFilter(actor, a, b, Blank(Topic), Modality, From, To, Code, Blank(Q), Located == true), null);
    }

    private static (IReadOnlyList<string>? Ids, string? Problem) Resolve(Knowledge knowledge, string text)
    {
        if (knowledge.Find(text) is { } actor) return (knowledge.Side(actor), null);
        // Not in the knowledge base: an id the store may know (e.g. a person created from a title phrase).
        if (IdLike().IsMatch(text) && (text.Contains('.') || text.All(c => !char.IsLower(c)))) return ([text], null);
        return (null, knowledge.NoSuchActor(text));
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex TimexPrefix();

    [GeneratedRegex(@"^[A-Za-z0-9_.:-]{1,80}$")]
    private static partial Regex IdLike();
}
