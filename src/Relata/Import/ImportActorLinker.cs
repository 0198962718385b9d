using Relata.Actors;
using Relata.Import.Acled;

namespace Relata.Import;

/// <summary>
/// Links dataset actors to the knowledge base: by name or alias first ("TALIBAN", "Taliban"), then by ACLED's generic
/// forms ("Military Forces of Russia (2000-)" is Russia with sector MIL), then by the CAMEO actor code (RUSGOV is Russia's
/// government sector), then by the row's country code. Unknown names keep their name and code without an id.
/// </summary>
public sealed class ImportActorLinker(ActorKnowledgeBase kb, IReadOnlyList<AcledActorForm>? forms = null)
{
    private readonly Dictionary<string, Actor?> _byName = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, Actor>? _byCameo;

    /// <summary>A linked participant: the knowledge-base actor (null when unknown), its display name, code and state.</summary>
    public sealed record Linked(string? Id, string Name, string? Code, string? Country);

    public Linked? Link(ImportActor? actor)
    {
        if (actor is null || actor.IsEmpty) return null;
        string? name = Clean(actor.Name);
        string? code = Clean(actor.Code)?.ToUpperInvariant();
        Actor? found = name is null ? null : ByName(name);
        string? sector = null;
        if (found is null && name is not null && GenericForm(name) is { } generic)
            (found, sector) = (ByName(generic.Country), generic.Sector);
        if (found is null && code is not null) found = ByCameo(code) ?? (code.Length >= 3 ? ByName(code[..3]) : null);
        // A bare country code stands for the state; a name the knowledge base does not know is not that state.
        if (found is null && name is null && Clean(actor.Country) is { } country) found = ByName(country);

        string? state = found is null ? Clean(actor.Country) : kb.StateOf(found.Id) ?? found.Country;
        code ??= sector is not null && found?.Cameo is { } cameo ? cameo[..Math.Min(3, cameo.Length)] + sector : found?.Cameo;
        return new Linked(found?.Id, found?.Name ?? Display(name ?? code!), code, state);
    }

    /// <summary>A country (code or name) as the knowledge base's state id ("Afghanistan", "AFG", "AF" → AFG).</summary>
    public string? State(string? country) => Clean(country) is { } c && ByName(c) is { } a ? kb.StateOf(a.Id) ?? a.Country ?? a.Id : null;

    private Actor? ByName(string name)
    {
        if (_byName.TryGetValue(name, out var cached)) return cached;
        var found = kb.Find(name).FirstOrDefault();
        if (found is null && StripParenthesis(name) is { } bare && bare != name) found = kb.Find(bare).FirstOrDefault();
        // ACLED writes "JNIM: Group for Support of Islam and Muslims": an acronym, then a translated name.
        if (found is null && name.IndexOf(": ", StringComparison.Ordinal) is > 0 and var colon)
            found = kb.Find(name[..colon]).FirstOrDefault() ?? kb.Find(name[(colon + 2)..]).FirstOrDefault();
        _byName[name] = found;
        return found;
    }

    private Actor? ByCameo(string code)
    {
        _byCameo ??= kb.Actors.Where(a => a.Cameo is not null)
            .OrderBy(a => a.Valid.IsOpenEnded ? 0 : 1).ThenBy(a => a.Type).ThenBy(a => a.Id, StringComparer.Ordinal)
            .GroupBy(a => a.Cameo!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return _byCameo.GetValueOrDefault(code);
    }

    private (string Country, string Sector)? GenericForm(string name)
    {
        foreach (var form in forms ?? [])
        {
            if (form.Prefix is { } prefix && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return (StripParenthesis(name[prefix.Length..]) ?? name[prefix.Length..], form.Sector);
            if (form.SuffixOf is { } head && name.StartsWith(head + " (", StringComparison.OrdinalIgnoreCase) && name.EndsWith(')'))
                return (name[(head.Length + 2)..^1], form.Sector);
        }
        return null;
    }

    /// <summary>"Military Forces of Russia (2000-)" → "Military Forces of Russia".</summary>
    private static string? StripParenthesis(string name)
    {
        int open = name.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && name.EndsWith(')') ? name[..open].Trim() : null;
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>GDELT writes names in capitals ("TALIBAN"); show them in title case.</summary>
    private static string Display(string name) =>
        name.Any(char.IsLower) ? name : System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
}
