using Relata.Events.Coding;

namespace Relata.Pipeline;

public sealed partial class DocumentAnalysis
{
    /// <summary>Coded events in text order (stage "events").</summary>
    public List<CodedEvent> Events { get; } = [];
}
