using Relata.Pipeline;

namespace Relata.Claims.Propositions;

/// <summary>Turns one analysed document into tracker input, and stance/tense into their export words.</summary>
public static class PropositionObservations
{
    /// <summary>Observations of a document: claims (speaker = linked actor id, else speaker text) and, optionally,
    /// statements in the author's voice (speaker = "author:" + author, outlet or document id). Dated by the
    /// document's reference date, else its published date.</summary>
    public static IEnumerable<PropositionObservation> From(DocumentAnalysis analysis, bool authorStatements = true)
    {
        DateOnly? date = analysis.ReferenceDate?.Value ?? analysis.Metadata.PublishedDate;
        string id = analysis.Document.Id;
        var claims = analysis.Claims.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var p in analysis.Propositions)
        {
            if (p.ClaimId is null || !claims.TryGetValue(p.ClaimId, out var claim)) continue;
            yield return new PropositionObservation(id, date, claim.Speaker?.ActorId ?? claim.SpeakerText, p);
        }
        if (!authorStatements) yield break;
        string author = "author:" + (analysis.Metadata.Author ?? analysis.Metadata.Outlet ?? id);
        foreach (var p in analysis.StatementPropositions) yield return new PropositionObservation(id, date, author, p);
    }

    public static string Wire(this PropositionStance stance) => stance switch
    {
        PropositionStance.For => "for",
        PropositionStance.Against => "against",
        _ => "hedged",
    };

    public static string Wire(this PropositionTemporal temporal) => temporal switch
    {
        PropositionTemporal.Past => "past",
        PropositionTemporal.Future => "future",
        _ => "present",
    };
}
