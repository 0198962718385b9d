using Relata.Actors;
using Relata.Pipeline;

namespace Relata.Web.Hosting;

/// <summary>The actor knowledge base and the pipeline built on it, shared by all requests.</summary>
public sealed class Knowledge
{
    private readonly Lazy<RelataPipeline> _pipeline;

    public Knowledge(RelataServerOptions options)
    {
        Base = options.KnowledgeBase ?? LoadBesideStore(options.Db);
        _pipeline = new Lazy<RelataPipeline>(() => DefaultPipeline.Create(Base), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ActorKnowledgeBase Base { get; }

    public RelataPipeline Pipeline => _pipeline.Value;

    /// <summary>The actor an analyst means by an id, code, name or alias; null when none.</summary>
    public Actor? Find(string query) => Base.Find(query) is [var first, ..] ? first : null;

    public IReadOnlyList<string> Suggest(string query) => Base.Suggest(query);

    /// <summary>
    /// The ids that stand for one side of a filter: the actor itself, its sub-bodies and, for a state, the bodies,
    /// people and governments of that state (the Taliban for Afghanistan since 2021). Armed groups and movements
    /// based in a state do not speak for it.
    /// </summary>
    public IReadOnlyList<string> Side(Actor actor)
    {
        bool state = actor.Type is ActorType.State or ActorType.HistoricalState;
        return [.. Base.Actors
            .Where(a => a.Id.StartsWith(actor.Id + ".", StringComparison.Ordinal) || a.Parent == actor.Id
                || (state && a.Country == actor.Id && a.Type is not (ActorType.ArmedGroup or ActorType.Movement)))
            .Select(a => a.Id)
            .Concat(state ? actor.Governments.Select(g => g.ActorId) : [])
            .Prepend(actor.Id)
            .Distinct(StringComparer.Ordinal)];
    }

    private static ActorKnowledgeBase LoadBesideStore(string db)
    {
        string folder = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(db))!, "kb");
        if (!Directory.Exists(folder)) return ActorKnowledgeBase.LoadBundled();
        var files = Directory.EnumerateFiles(folder, "*.yaml").Concat(Directory.EnumerateFiles(folder, "*.yml")).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) return ActorKnowledgeBase.LoadBundled();
        var readers = files.Select(f => (f, (TextReader)new StreamReader(f))).ToList();
        try { return ActorKnowledgeBase.Load(readers); }
        finally { foreach (var (_, r) in readers) r.Dispose(); }
    }
}
