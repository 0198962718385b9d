using Relata.Events.Patterns;
using Relata.Pipeline;
using Relata.Places;

namespace Relata.Events.Coding;

/// <summary>Codes events sentence by sentence (stage "events"). Needs segmentation, time and actors; reads claims when present.</summary>
public sealed class EventsStage : IDocumentStage
{
    public const string StageName = "events";

    private readonly EventPatternSet _patterns;
    private readonly Gazetteer? _gazetteer;
    private readonly PlaceCache _places = new();
    private readonly ThreadLocal<WordTable> _wordTables;

    public EventsStage(EventPatternSet? patterns = null, Gazetteer? gazetteer = null)
    {
        _patterns = patterns ?? EventPatternSet.Default;
        _gazetteer = gazetteer;
        _wordTables = new(() => new WordTable(_patterns));
    }

    public string Name => StageName;

    public void Process(DocumentAnalysis analysis) =>
        new EventCoder(analysis, new PatternMatcher(_patterns), _patterns, _gazetteer ?? Gazetteer.Default, _places,
            _wordTables.Value!).Run();
}

public static class EventsPipelineExtensions
{
    /// <summary>Adds the event coder. Call after <c>UseSegmentation()</c>, <c>UseTime()</c>, <c>UseActors()</c> and, ideally, <c>UseClaims()</c>.</summary>
    public static RelataPipelineBuilder UseEvents(this RelataPipelineBuilder builder, EventPatternSet? patterns = null, Gazetteer? gazetteer = null) =>
        builder.Add(new EventsStage(patterns, gazetteer));
}
