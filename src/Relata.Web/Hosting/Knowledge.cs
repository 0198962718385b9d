using Relata.Actors;
using Relata.Analysis;
using Relata.Pipeline;

namespace Relata.Web.Hosting;

/// <summary>The actor knowledge base and the pipeline built on it, shared by all requests.</summary>
public sealed class Knowledge
{
    private readonly Lazy<RelataPipeline> _pipeline;
    private readonly Lazy<ActorRollUp> _rollUp;

    public Knowledge(RelataServerOptions options)
    {
        Base = options.KnowledgeBase ?? LoadBesideStore(options.Db);
        _pipeline = new Lazy<RelataPipeline>(() => DefaultPipeline.Create(Base), LazyThreadSafetyMode.ExecutionAndPublication);
        _rollUp = new Lazy<ActorRollUp>(() => ActorRollUp.ToStates(Base), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ActorKnowledgeBase Base { get; }

    public RelataPipeline Pipeline => _pipeline.Value;

    /// <summary>The actor an analyst means by an id, code, name or alias; null when none.</summary>
    public Actor? Find(string query) => Base.Find(query) is [var first, ..] ? first : null;

    public string NoSuchActor(string query) => Base.NoSuchActor(query);

    /// <summary>
    /// The ids that stand for one side of a filter, as the analyses define a side (<see cref="ActorScope"/>): the actor,
    /// its sub-bodies and, for a state, its bodies, people and governments (the Taliban for Afghanistan since 2021).
    /// </summary>
    public IReadOnlyList<string> Side(Actor actor) => [.. Scope(actor).Members.Order(StringComparer.Ordinal)];

    public ActorScope Scope(Actor actor) => ActorScope.From(Base, actor);

    /// <summary>People and bodies folded into the state they act for (network nodes, matrix rows).</summary>
    public ActorRollUp RollUp => _rollUp.Value;

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
