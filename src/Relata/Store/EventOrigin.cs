namespace Relata.Store;

/// <summary>Where a stored event came from.</summary>
/// <param name="Provenance">"text" (coded from a sentence of a document) or "imported" (a row of a GDELT or ACLED file).</param>
/// <param name="ExternalId">The row's own id in the imported dataset (GLOBALEVENTID, event_id_cnty).</param>
/// <param name="SourceUrl">The article the event was reported in: the row's SOURCEURL, else the document's URL.</param>
/// <param name="Outlet">Who reported it: the SOURCEURL's domain or ACLED's source, else the document's outlet.</param>
public sealed record EventOrigin(string Provenance, string? ExternalId = null, string? SourceUrl = null, string? Outlet = null)
{
    public const string Text = "text";
    public const string Imported = "imported";
}
