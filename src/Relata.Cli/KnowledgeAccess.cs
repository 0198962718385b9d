using System.CommandLine;
using Relata.Actors;
using Relata.Pipeline;

namespace Relata.Cli;

/// <summary>
/// The actor knowledge base a command works with: the bundled one, extended and overridden by the files given
/// with --kb, or else by the *.yaml files in a kb/ folder beside the store.
/// </summary>
internal static class KnowledgeAccess
{
    public static Option<string[]> Kb { get; } = new("--kb")
    {
        Description = "User knowledge-base file(s) that extend or override the bundled actors (default: kb/*.yaml beside the store).",
        Recursive = true,
        AllowMultipleArgumentsPerToken = true,
    };

    /// <summary>Loads the knowledge base; on errors prints one line per problem and returns null.</summary>
    public static ActorKnowledgeBase? Load(ParseResult parse)
    {
        var files = UserFiles(parse);
        if (files.Count == 0) return ActorKnowledgeBase.LoadBundled();
        foreach (var f in files.Where(f => !File.Exists(f)))
        {
            Output.Error($"{f}: no such knowledge-base file");
            return null;
        }
        try
        {
            var readers = files.Select(f => (f, (TextReader)new StreamReader(f))).ToList();
            try { return ActorKnowledgeBase.Load(readers); }
            finally { foreach (var (_, r) in readers) r.Dispose(); }
        }
        catch (KnowledgeBaseException e)
        {
            foreach (var error in e.Errors) Output.Error(error.ToString());
            return null;
        }
    }

    public static RelataPipeline? Pipeline(ParseResult parse) => Load(parse) is { } kb ? DefaultPipeline.Create(kb) : null;

    private static List<string> UserFiles(ParseResult parse)
    {
        var given = parse.GetValue(Kb);
        if (given is { Length: > 0 }) return [.. given];
        string db = Path.GetFullPath(parse.GetValue(GlobalOptions.Db)!);
        string folder = Path.Combine(Path.GetDirectoryName(db)!, "kb");
        return Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml")).Order(StringComparer.Ordinal)]
            : [];
    }
}
