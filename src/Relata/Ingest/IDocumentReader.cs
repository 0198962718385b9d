namespace Relata.Ingest;

/// <summary>Turns the bytes of one input into one or more documents (feeds and JSONL yield many).</summary>
public interface IDocumentReader
{
    /// <summary>Format name recorded on each document: txt, md, html, pdf, rss, atom, jsonl.</summary>
    string Format { get; }

    /// <summary>File extensions (with the dot) this reader claims, e.g. ".html".</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Media types (without parameters) this reader claims, e.g. "text/html".</summary>
    IReadOnlyList<string> MediaTypes { get; }

    /// <summary>True when the first bytes look like this format, whatever the name says.</summary>
    bool Sniff(ReadOnlySpan<byte> head);

    /// <exception cref="InputException">The whole input cannot be read; nothing from it should be stored.</exception>
    ReadResult Read(SourceInput input);
}
