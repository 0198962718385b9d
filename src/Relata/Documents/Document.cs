namespace Relata.Documents;

/// <summary>
/// One ingested text: clean, NFC-normalised text plus what is known about where it came from.
/// </summary>
/// <param name="Id">Stable identifier: kept from JSONL input, otherwise derived from the source.</param>
/// <param name="Source">Path or URL the document was read from (with a fragment for feed or JSONL items).</param>
/// <param name="Format">Reader that produced it: txt, md, html, pdf, rss, atom, jsonl.</param>
/// <param name="Text">The clean text every offset points into.</param>
/// <param name="ContentHash">SHA-256 of <paramref name="Text"/>; identifies a version.</param>
/// <param name="OriginalHash">SHA-256 of the original bytes the reader received.</param>
public sealed record Document(
    string Id,
    string Source,
    string Format,
    string Text,
    DocumentMetadata Metadata,
    string ContentHash,
    string OriginalHash);
