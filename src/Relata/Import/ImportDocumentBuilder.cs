using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Relata.Actors;
using Relata.Documents;
using Relata.Events.Coding;
using Relata.Events.Ontology;
using Relata.Pipeline;
using Relata.Store;
using Relata.Time;

namespace Relata.Import;

/// <summary>An imported file ready to store: a document whose sentences render its rows, with one event per row.</summary>
public sealed record ImportedDocument(DocumentAnalysis Analysis, IReadOnlyDictionary<string, EventOrigin> Origins);

/// <summary>
/// Turns the rows of an imported dataset into a stored document of format gdelt or acled. Each row becomes one paragraph
/// and one sentence, a readable rendering that starts with the row's line number, so every imported event still points
/// to its evidence: the exact characters of its row, with the actors, the action and the place as spans inside it.
/// </summary>
public static class ImportDocumentBuilder
{
    public static ImportedDocument Build(ImportBatch batch, string source, ImportActorLinker linker, EventOntology? ontology = null)
    {
        ontology ??= EventOntology.Default;
        var text = new StringBuilder();
        var rendered = new List<(ImportRow Row, TextSpan Sentence, CodedEvent Event)>();
        foreach (var row in batch.Rows)
        {
            if (!ontology.TryCameo(row.Cameo, out var cameo)) continue;
            if (text.Length > 0) text.Append('\n');
            rendered.Add(Render(text, row, batch.Format, cameo, ontology, linker, rendered.Count));
        }

        string body = text.ToString();
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        string name = Path.GetFileName(source);
        var latest = batch.Rows.Select(r => Export.Formats.ExportDates.Parse(r.Date)?.Range.End).OfType<DateOnly>().DefaultIfEmpty().Max();
        var document = new Document(DocumentId(batch.Format, source), source, batch.Format, body,
            new DocumentMetadata { Title = $"{Label(batch.Format)} events from {name}", Outlet = Label(batch.Format) }, hash, hash);
        var analysis = new DocumentAnalysis(document);
        if (latest != default) analysis.ReferenceDate = new ReferenceDate(latest, true, "latest date among the imported rows");
        var origins = new Dictionary<string, EventOrigin>(StringComparer.Ordinal);
        foreach (var (row, span, coded) in rendered)
        {
            int index = analysis.Sentences.Count;
            analysis.Paragraphs.Add(new Paragraph(index, span));
            analysis.Sentences.Add(new Sentence(index, index, span, span.Slice(body)));
            analysis.Events.Add(coded);
            origins[coded.Id] = new EventOrigin(EventOrigin.Imported, row.ExternalId, row.SourceUrl, row.Outlet);
        }
        return new ImportedDocument(analysis, origins);
    }

    /// <summary>gdelt-&lt;file name&gt;-&lt;hash of the full path&gt;: re-importing the same file makes a new version of one document.</summary>
    public static string DocumentId(string format, string source)
    {
        string slug = new string([.. Path.GetFileNameWithoutExtension(source).ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(source))))[..8];
        return $"{format}-{(slug.Length > 40 ? slug[..40] : slug)}-{hash}";
    }

    private static (ImportRow, TextSpan, CodedEvent) Render(
        StringBuilder text, ImportRow row, string format, CameoCode cameo, EventOntology ontology, ImportActorLinker linker, int index)
    {
        int start = text.Length;
        text.Append("Line ").Append(row.Line.ToString(CultureInfo.InvariantCulture)).Append(" (").Append(Label(format)).Append(' ')
            .Append(row.ExternalId).Append("), ").Append(row.Date).Append(": ");
        var source = Participant(text, linker.Link(row.Source));
        text.Append(source is null ? "" : " ");
        int triggerStart = text.Length;
        text.Append(cameo.Name);
        var trigger = new TextSpan(triggerStart, text.Length);
        text.Append(" (CAMEO ").Append(cameo.Code).Append(')');
        EventActor? target = null;
        if (linker.Link(row.Target) is { } t)
        {
            text.Append(" — ");
            target = Participant(text, t);
        }
        EventLocation? location = null;
        if (row.Place is { } place && !string.IsNullOrWhiteSpace(place.Name))
        {
            text.Append(" in ");
            int at = text.Length;
            text.Append(place.Name.Trim());
            location = new EventLocation(place.Name.Trim(), linker.State(place.Country) ?? place.Country, place.Lat, place.Lon, null, new TextSpan(at, text.Length));
        }
        text.Append('.');
        if (!string.IsNullOrWhiteSpace(row.Note)) text.Append(' ').Append(OneLine(row.Note));
        if (row.SourceUrl is not null || row.Outlet is not null)
            text.Append(" Source: ").Append(string.Join(", ", new[] { row.Outlet, row.SourceUrl }.OfType<string>().Distinct())).Append('.');
        var sentence = new TextSpan(start, text.Length);

        ontology.TryPlover(cameo.Code, out var plover);
        var coded = new CodedEvent
        {
            Id = "e" + (index + 1).ToString(CultureInfo.InvariantCulture),
            Evidence = new EventEvidence(index, sentence.Start, sentence.End, text.ToString(sentence.Start, sentence.Length)),
            TriggerSpan = trigger,
            MatchSpan = sentence,
            Pattern = $"{format} row → CAMEO {cameo.Code}",
            Source = source,
            Target = target,
            Cameo = cameo.Code,
            CameoName = cameo.Name,
            Plover = plover?.Type?.Name,
            PloverMode = plover?.Mode?.Name,
            Goldstein = row.Goldstein ?? cameo.Goldstein,
            QuadClass = (int)cameo.QuadClass,
            Date = new EventDate(row.Date, row.Precision, "sentence"),
            Location = location,
            Modality = EventModality.Asserted,
            Confidence = 1.0,
            Symmetric = false,
        };
        return (row, sentence, coded);
    }

    private static EventActor? Participant(StringBuilder text, ImportActorLinker.Linked? actor)
    {
        if (actor is null) return null;
        int at = text.Length;
        text.Append(actor.Name);
        var span = new TextSpan(at, text.Length);
        if (actor.Code is not null) text.Append(" (").Append(actor.Code).Append(')');
        return new EventActor(actor.Id, actor.Name, actor.Code, actor.Country, span);
    }

    private static string OneLine(string s) => string.Join(' ', s.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    private static string Label(string format) => format.ToUpperInvariant();
}
