namespace Relata.Documents;

/// <summary>Metadata a reader or the text itself states. Null means "not stated".</summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Outlet { get; init; }
    /// <summary>Publication date as stated by the source (feed, JSONL, HTML meta or a dateline).</summary>
    public DateOnly? PublishedDate { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
    /// <summary>
    /// When the source was last modified (file time, HTTP Last-Modified). Weak evidence: used as the reference date
    /// only when the text neither states nor mentions a date.
    /// </summary>
    public DateOnly? SourceModified { get; init; }
    /// <summary>Encoding the bytes were decoded from, e.g. "utf-8", "utf-16le", "windows-1251".</summary>
    public string? Encoding { get; init; }

    public static DocumentMetadata Empty { get; } = new();

    /// <summary>Fills only the fields this instance leaves empty.</summary>
    public DocumentMetadata Complete(DocumentMetadata other) => this with
    {
        Title = Title ?? other.Title,
        Author = Author ?? other.Author,
        Outlet = Outlet ?? other.Outlet,
        PublishedDate = PublishedDate ?? other.PublishedDate,
        SourceModified = SourceModified ?? other.SourceModified,
        Url = Url ?? other.Url,
        Language = Language ?? other.Language,
        Encoding = Encoding ?? other.Encoding,
    };
}
