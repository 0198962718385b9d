using System.Globalization;
using Relata.Claims.Propositions;
using Relata.Documents;
using Relata.Pipeline;

namespace Relata.Export;

/// <summary>Projects a <see cref="DocumentAnalysis"/> onto the stable extract format.</summary>
public static class ExtractMapper
{
    public static ExtractDocument Map(DocumentAnalysis analysis)
    {
        var doc = analysis.Document;
        var propositions = analysis.Propositions.ToLookup(p => p.ClaimId);
        var claimDates = new Claims.ClaimDates(analysis);
        return new ExtractDocument
        {
            Id = doc.Id,
            Source = doc.Source,
            Format = doc.Format,
            ContentHash = doc.ContentHash,
            OriginalHash = doc.OriginalHash,
            Metadata = Map(analysis.Metadata),
            Date = analysis.ReferenceDate is { } d ? ExtractDate.From(d) : null,
            Paragraphs = [.. analysis.Paragraphs.Select(p => new ExtractParagraph(p.Index, p.Span.Start, p.Span.End, ParagraphRoleName(p)))],
            Sentences = [.. analysis.Sentences.Select(s => new ExtractSentence(s.Index, s.Paragraph, s.Span.Start, s.Span.End, s.Text))],
            Timexes = [.. analysis.Timexes.Select(ExtractFiguresMapper.Map)],
            Quantities = [.. analysis.Quantities.Select(q => ExtractFiguresMapper.Map(q, span => ActorAt(analysis, span)))],
            Mentions = [.. analysis.Mentions.Select(ExtractActorsMapper.Map)],
            Actors = ExtractActorsMapper.DocumentActors(analysis),
            Candidates = [.. analysis.Candidates.Select(ExtractActorsMapper.Map)],
            Topics = [.. analysis.Topics.SelectMany(ExtractClaimsMapper.Map)],
            Claims = [.. analysis.Claims.Select(c => ExtractClaimsMapper.Map(c, analysis, propositions, claimDates))],
            Statements = [.. analysis.StatementPropositions.Select(p => new ExtractStatement(p.Sentence, ExtractClaimsMapper.Map(p), p.Stance.Wire(), analysis.ReferenceDate?.FactTimex))],
            Events = ExtractEventMerging.Link(
                [.. analysis.Events.Select(e => ExtractEventsMapper.Map(e, analysis.Text, [.. analysis.TopicsOf(e.Evidence.Sentence).Select(t => t.Id)]))],
                doc.Id, analysis.Metadata, analysis.ReferenceDate?.Timex),
            Notes = analysis.Notes.Count == 0 ? null : [.. analysis.Notes.Select(n => new ExtractNote(n.Stage, n.Message, n.Span?.Start, n.Span?.End))],
        };
    }

    public static ExtractMetadata Map(DocumentMetadata m) =>
        new(m.Title, m.Author, m.Outlet, m.PublishedDate is { } p ? IsoDate(p) : null, m.Url, m.Language, m.Encoding,
            m.SourceModified is { } s ? IsoDate(s) : null);

    /// <summary>The actor linked inside <paramref name="span"/>, if the actor stage found one there.</summary>
    private static string? ActorAt(DocumentAnalysis analysis, TextSpan span) =>
        analysis.MentionsOverlapping(span).FirstOrDefault(m => m.ActorId is not null && m.Kind != Actors.ActorMentionKind.Candidate)?.ActorId;

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string ParagraphRoleName(Paragraph paragraph) => paragraph.Role switch
    {
        ParagraphRole.AuthorBio => "author_bio",
        var role => role.ToString().ToLowerInvariant(),
    };
}
