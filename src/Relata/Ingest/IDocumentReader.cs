using Relata.Documents;

namespace Relata.Ingest;

/// <summary>Turns the bytes of one input into one or more documents (feeds and JSONL yield many).</summary>
public interface IDocumentReader
{
    /// <summary>Format name recorded on each document: txt, md, html, pdf, rss, atom, jsonl.</summary>
    string Format { get; }

    bool CanRead(SourceInput input);

    /// <exception cref="InputException">The input cannot be read; nothing from it should be stored.</exception>
    IReadOnlyList<Document> Read(SourceInput input);
}
