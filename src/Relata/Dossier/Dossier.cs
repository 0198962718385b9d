using Relata.Analysis;
using Relata.Store;

namespace Relata.Dossier;

/// <param name="RollUp">Folds officials into their states in the network; null keeps actors as coded.</param>
public sealed record DossierQuery(
    ActorScope A, ActorScope B, AnalysisFilter? Filter = null, ActorRollUp? RollUp = null, int MaxPropositions = 12, int MaxFigures = 25);

/// <summary>A sentence of the dossier and the source sentences it rests on.</summary>
public sealed record DossierStatement(string Text, IReadOnlyList<EvidenceRef> Evidence);

/// <summary>A cited source sentence, numbered in source-list order.</summary>
public sealed record Citation(int Number, EvidenceRef Evidence)
{
    public string Anchor => $"ev-{Number}";
}

public sealed record DossierSource(
    string DocumentId, string Title, string? Author, string? Outlet, string? Date, string? Url, IReadOnlyList<Citation> Citations);

/// <summary>An actor seen as a threat in the area: named in its sentences or the source of conflict towards a side.</summary>
public sealed record ThreatActor(string Id, string Name, int Sentences, int ConflictEvents, IReadOnlyList<EvidenceRef> Examples);

/// <param name="Sentences">Sentences of the area that name either side.</param>
public sealed record ThreatArea(string Topic, int Sentences, IReadOnlyList<ThreatActor> Actors, IReadOnlyList<EvidenceRef> KeySentences);

/// <summary>Everything a relationship dossier shows, computed from the analyses; renderers only lay it out.</summary>
public sealed record Dossier(
    string Title, ActorScope A, ActorScope B, AnalysisFilter Filter, int Documents,
    IReadOnlyList<DossierStatement> Summary,
    TimelineResult Timeline, DyadIndexResult Dyad, ActorNetworkResult Network, InstrumentsResult Instruments,
    IReadOnlyList<FigureMeasure> Figures, IReadOnlyList<TrackedProposition> Propositions, IReadOnlyList<ThreatArea> Threats,
    IReadOnlyList<DossierSource> Sources)
{
    private readonly Dictionary<(string, int), Citation> _citations = Sources.SelectMany(s => s.Citations)
        .ToDictionary(c => (c.Evidence.DocumentId, c.Evidence.Sentence));

    public bool IsEmpty => Timeline.IsEmpty && Dyad.IsEmpty && Propositions.Count == 0 && Figures.Count == 0 && Threats.All(t => t.Sentences == 0);

    /// <summary>The citation of a source sentence the dossier uses (every evidence it shows is cited).</summary>
    public Citation Cite(EvidenceRef e) => _citations[(e.DocumentId, e.Sentence)];

    public string Period => Filter.HasPeriod ? $"{Filter.From ?? "…"} – {Filter.To ?? "…"}" : "all dates";
}
