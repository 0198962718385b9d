using Relata.Data;

namespace Relata.Actors.Loading;

/// <summary>
/// Loads layers in order — the bundled files as one layer, then each user file as its own layer — merges
/// entries by id field by field, builds typed actors and validates the result.
/// </summary>
internal static class KnowledgeBaseLoader
{
    private static readonly string[] LexiconFiles = ["actors/sectors.yaml", "actors/titles.yaml", "actors/outlets.yaml"];

    public static ActorKnowledgeBase Load(IEnumerable<(string name, TextReader reader)> userFiles, bool includeBundledActors)
    {
        var errors = new List<KnowledgeBaseError>();
        var warnings = new List<KnowledgeBaseError>();
        var layers = new List<List<RawFile>> { BundledLayer(includeBundledActors, errors, warnings) };
        foreach (var (name, reader) in userFiles)
            layers.Add([YamlKbReader.Read(name, reader, errors, warnings)]);

        var merged = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
        var order = new List<string>();
        var sectors = new Dictionary<string, SectorInfo>(StringComparer.Ordinal);
        var titles = new Dictionary<string, TitleInfo>(StringComparer.Ordinal);
        var outlets = new List<string>();
        foreach (var layer in layers)
        {
            var seen = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
            foreach (var file in layer)
            {
                foreach (var (sector, _) in file.Sectors) sectors[sector.Code] = sector;
                foreach (var title in file.Titles) titles[title.Key] = title;
                outlets.AddRange(file.Outlets);
                foreach (var entry in file.Entries)
                {
                    if (seen.TryGetValue(entry.Id, out var first))
                    {
                        errors.Add(new(entry.File, entry.Line, $"duplicate id '{entry.Id}' (first defined at {first.File}:{first.Line})"));
                        continue;
                    }
                    seen.Add(entry.Id, entry);
                    if (merged.TryGetValue(entry.Id, out var baseEntry)) baseEntry.Override(entry);
                    else { merged.Add(entry.Id, entry); order.Add(entry.Id); }
                }
            }
        }

        var builder = new ActorBuilder(errors, warnings);
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (string id in order)
            if (builder.Build(merged[id]) is { } actor) actors.Add(id, actor);
        AddInlineGovernments(actors);
        KnowledgeBaseValidator.Validate(actors, sectors, titles, errors);
        if (errors.Count > 0) throw new KnowledgeBaseException(errors);
        return new ActorKnowledgeBase(actors, [.. sectors.Values], [.. titles.Values], outlets.Distinct().ToList(), warnings);
    }

    private static List<RawFile> BundledLayer(bool includeActors, List<KnowledgeBaseError> errors, List<KnowledgeBaseError> warnings)
    {
        var files = BundledData.List("actors/").Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal));
        if (!includeActors) files = files.Where(p => LexiconFiles.Contains(p));
        var layer = new List<RawFile>();
        foreach (string path in files)
        {
            using var reader = new StreamReader(BundledData.Open(path));
            layer.Add(YamlKbReader.Read("data/" + path, reader, errors, warnings));
        }
        return layer;
    }

    /// <summary>A government written inline in a state (<c>{id: AFG.IRA, name: …}</c>) becomes an actor of its own.</summary>
    private static void AddInlineGovernments(Dictionary<string, Actor> actors)
    {
        foreach (var state in actors.Values.ToList())
        {
            foreach (var term in state.Governments)
            {
                if (actors.ContainsKey(term.ActorId) || term.Name is null) continue;
                actors[term.ActorId] = new Actor
                {
                    Id = term.ActorId,
                    Name = term.Name,
                    Type = ActorType.Government,
                    Country = state.Id,
                    Parent = state.Id,
                    Sector = "GOV",
                    Cameo = state.Cameo is null ? null : state.Cameo + "GOV",
                    Valid = term.When,
                    Source = term.Source,
                };
            }
        }
    }
}
