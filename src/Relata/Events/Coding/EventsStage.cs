using Relata.Events.Patterns;
using Relata.Pipeline;
using Relata.Places;

namespace Relata.Events.Coding;

/// <summary>Codes events sentence by sentence (stage "events"). Needs segmentation, time and actors; reads claims when present.</summary>
public sealed class EventsStage(EventPatternSet? patterns = null, Gazetteer? gazetteer = null) : IDocumentStage
{
    public const string StageName = "events";

    private readonly EventPatternSet _patterns = patterns ?? EventPatternSet.Default;
    private readonly Gazetteer? _gazetteer = gazetteer;

    public string Name => StageName;

    private readonly PlaceCache _places = new();

    private WordTable? _wordTable;

    public void Process(DocumentAnalysis analysis) =>
        new EventCoder(analysis, new PatternMatcher(_patterns), _patterns, _gazetteer ?? Gazetteer.Default, _places,
            _wordTable ??= new WordTable(_patterns)).Run();
}

public static class EventsPipelineExtensions
{
    /// <summary>Adds the event coder. Call after <c>UseSegmentation()</c>, <c>UseTime()</c>, <c>UseActors()</c> and, ideally, <c>UseClaims()</c>.</summary>
    public static RelataPipelineBuilder UseEvents(this RelataPipelineBuilder builder, EventPatternSet? patterns = null, Gazetteer? gazetteer = null) =>
        builder.Add(new EventsStage(patterns, gazetteer));
}
