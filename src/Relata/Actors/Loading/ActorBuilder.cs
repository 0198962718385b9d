using YamlDotNet.RepresentationModel;

namespace Relata.Actors.Loading;

/// <summary>Turns a merged raw entry into a typed <see cref="Actor"/>, reporting malformed fields.</summary>
internal sealed class ActorBuilder(List<KnowledgeBaseError> errors, List<KnowledgeBaseError> warnings)
{
    private static readonly HashSet<string> KnownFields =
    [
        "id", "name", "type", "aliases", "acronyms", "cameo", "wikidata", "country", "valid", "note", "official_name",
        "iso2", "iso3", "demonyms", "adjectives", "capital", "metonyms", "governments", "un", "un_from", "parent",
        "sector", "generic", "members", "roles", "designations", "given", "family",
    ];

    public Actor? Build(RawEntry e)
    {
        foreach (var (key, f) in e.Fields)
            if (!KnownFields.Contains(key))
                warnings.Add(new(f.File, f.Line, $"{e.Id}: unknown field '{key}' ignored"));

        string? name = Str(e, "name");
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new(e.File, e.Line, $"{e.Id}: entry has no 'name'"));
            return null;
        }
        string typeText = Str(e, "type") ?? e.Kind;
        if (!TryParseType(typeText, out var type))
        {
            var at = e.Fields.TryGetValue("type", out var tf) ? (tf.File, tf.Line) : (e.File, e.Line);
            errors.Add(new(at.Item1, at.Item2, $"{e.Id}: unknown type '{typeText}' (expected state, historical_state, body, organisation, armed_group, movement, person)"));
            return null;
        }
        var loc = e.Fields.TryGetValue("id", out var idf) ? new SourceLocation(idf.File, idf.Line) : new SourceLocation(e.File, e.Line);
        return new Actor
        {
            Id = e.Id,
            Name = name.Trim(),
            Type = type,
            Aliases = List(e, "aliases"),
            Acronyms = List(e, "acronyms"),
            Cameo = Str(e, "cameo"),
            Iso2 = Str(e, "iso2"),
            Iso3 = Str(e, "iso3"),
            Wikidata = Str(e, "wikidata"),
            Country = Str(e, "country"),
            Parent = Str(e, "parent"),
            Sector = Str(e, "sector"),
            OfficialName = Str(e, "official_name"),
            Capital = Str(e, "capital"),
            Demonyms = List(e, "demonyms"),
            Adjectives = List(e, "adjectives"),
            Metonyms = List(e, "metonyms"),
            Generic = List(e, "generic"),
            Given = Str(e, "given"),
            Family = Str(e, "family"),
            Valid = e.Fields.TryGetValue("valid", out var vf) ? IntervalOf(vf, e.Id) : Interval.Always,
            Governments = Items(e, "governments", (m, f) => Government(m, f, e.Id)),
            Roles = Items(e, "roles", (m, f) => Role(m, f, e.Id)),
            Members = Items(e, "members", (m, f) => Member(m, f, e.Id)),
            Designations = Items(e, "designations", (m, f) => Designation(m, f, e.Id)),
            Note = Str(e, "note"),
            Source = loc,
        };
    }

    public static bool TryParseType(string? text, out ActorType type)
    {
        type = text?.Trim().ToLowerInvariant() switch
        {
            "state" => ActorType.State,
            "historical_state" => ActorType.HistoricalState,
            "body" => ActorType.Body,
            "government" => ActorType.Government,
            "organisation" or "organization" => ActorType.Organisation,
            "armed_group" => ActorType.ArmedGroup,
            "movement" => ActorType.Movement,
            "person" => ActorType.Person,
            _ => (ActorType)255,
        };
        return (byte)type != 255;
    }

    private string? Str(RawEntry e, string key)
    {
        if (!e.Fields.TryGetValue(key, out var f)) return null;
        if (f.Node is YamlScalarNode s) return string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim();
        errors.Add(new(f.File, f.Line, $"{e.Id}: '{key}' must be a single value"));
        return null;
    }

    private IReadOnlyList<string> List(RawEntry e, string key) =>
        e.Fields.TryGetValue(key, out var f) ? Yaml.List(f.Node, f.File, errors) : [];

    private IReadOnlyList<T> Items<T>(RawEntry e, string key, Func<YamlMappingNode, string, T?> make) where T : class
    {
        if (!e.Fields.TryGetValue(key, out var f)) return [];
        var list = new List<T>();
        foreach (var map in Yaml.Mappings(f.Node, f.File, errors))
            if (make(map, f.File) is { } item) list.Add(item);
        return list;
    }

    private GovernmentTerm? Government(YamlMappingNode m, string file, string owner)
    {
        string? id = Yaml.Scalar(m, "id") ?? Yaml.Scalar(m, "actor");
        if (id is null)
        {
            errors.Add(new(file, YamlKbReader.Line(m), $"{owner}: government needs 'id' (inline government) or 'actor'"));
            return null;
        }
        return new GovernmentTerm(id.Trim(), Yaml.Scalar(m, "name"), IntervalOf(m, file, owner), Loc(m, file));
    }

    private ActorRole? Role(YamlMappingNode m, string file, string owner)
    {
        string? title = Yaml.Scalar(m, "title"), role = Yaml.Scalar(m, "role");
        if (title is null && role is null)
        {
            errors.Add(new(file, YamlKbReader.Line(m), $"{owner}: role needs a 'title' (people) or 'role' (groups)"));
            return null;
        }
        var titles = m.Children.TryGetValue("titles", out var t) ? Yaml.List(t, file, errors) : [];
        return new ActorRole(title, titles, role, Yaml.Scalar(m, "of"), Yaml.Scalar(m, "sector"), IntervalOf(m, file, owner), Loc(m, file));
    }

    private Membership? Member(YamlMappingNode m, string file, string owner)
    {
        string? actor = Yaml.Scalar(m, "actor");
        if (actor is null)
        {
            errors.Add(new(file, YamlKbReader.Line(m), $"{owner}: member needs 'actor'"));
            return null;
        }
        return new Membership(actor.Trim(), IntervalOf(m, file, owner), Loc(m, file));
    }

    private Designation? Designation(YamlMappingNode m, string file, string owner)
    {
        string? by = Yaml.Scalar(m, "by");
        if (by is null)
        {
            errors.Add(new(file, YamlKbReader.Line(m), $"{owner}: designation needs 'by'"));
            return null;
        }
        return new Designation(by.Trim(), Yaml.Scalar(m, "list"), IntervalOf(m, file, owner), Loc(m, file));
    }

    private Interval IntervalOf(RawField f, string owner)
    {
        if (f.Node is YamlMappingNode m) return IntervalOf(m, f.File, owner);
        errors.Add(new(f.File, f.Line, $"{owner}: 'valid' must be {{from, to}}"));
        return Interval.Always;
    }

    private Interval IntervalOf(YamlMappingNode m, string file, string owner)
    {
        var from = DateOf(m, "from", file, owner);
        var to = DateOf(m, "to", file, owner);
        var interval = new Interval(from, to);
        if (interval.IsEmpty)
            errors.Add(new(file, YamlKbReader.Line(m), $"{owner}: 'from' {from} is not before 'to' {to}"));
        return interval;
    }

    private KbDate? DateOf(YamlMappingNode m, string key, string file, string owner)
    {
        if (!m.Children.TryGetValue(key, out var node)) return null;
        string? text = (node as YamlScalarNode)?.Value;
        if (KbDate.TryParse(text, out var d)) return d;
        errors.Add(new(file, YamlKbReader.Line(node), $"{owner}: malformed date '{text}' in '{key}' (expected YYYY, YYYY-MM or YYYY-MM-DD)"));
        return null;
    }

    private static SourceLocation Loc(YamlNode n, string file) => new(file, YamlKbReader.Line(n));
}
