using Relata.Actors;

namespace Relata.Pipeline;

public sealed partial class DocumentAnalysis
{
    /// <summary>Actor, place and candidate mentions in text order (stage "actors").</summary>
    public List<ActorMention> Mentions { get; } = [];

    /// <summary>Linked actor id → number of actor mentions.</summary>
    public Dictionary<string, int> DocumentActors { get; } = new(StringComparer.Ordinal);

    /// <summary>Names the knowledge base does not know, with a type guess.</summary>
    public List<CandidateSummary> Candidates { get; } = [];

    /// <summary>People created from title phrases ("Russia's ambassador to X, Y Z") that the KB does not know.</summary>
    public List<Actor> NewActors { get; } = [];
}
