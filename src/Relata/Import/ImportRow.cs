using Relata.Time;

namespace Relata.Import;

/// <summary>An actor as a dataset row names it: a name, a CAMEO actor code, a country (code or name); any may be missing.</summary>
public sealed record ImportActor(string? Name, string? Code, string? Country)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Country);
}

/// <param name="Country">The country the place is in, as a name or code, to resolve against the knowledge base.</param>
public sealed record ImportPlace(string Name, string? Country, double? Lat, double? Lon);

/// <summary>One well-formed row of an imported event dataset, in the shape every format maps to.</summary>
/// <param name="Line">1-based line of the file the row starts on.</param>
/// <param name="ExternalId">The dataset's own id (GLOBALEVENTID, event_id_cnty).</param>
/// <param name="Date">TIMEX3 value ("2024-03-05").</param>
/// <param name="Goldstein">The dataset's Goldstein score, when it gives one; else the CAMEO code's weight applies.</param>
/// <param name="Note">Free text the dataset gives about the event (ACLED notes), kept in the rendered row.</param>
public sealed record ImportRow(
    int Line, string ExternalId, string Date, TimexPrecision Precision, string Cameo, ImportActor? Source, ImportActor? Target,
    ImportPlace? Place, string? SourceUrl, string? Outlet, double? Goldstein = null, string? Note = null);

/// <summary>A row that could not be imported, and why.</summary>
public sealed record ImportProblem(int Line, string Reason)
{
    /// <summary>"file:line: reason", the form every Relata input error takes.</summary>
    public string Format(string file) => $"{file}:{Line}: {Reason}";
}

/// <summary>What a reader made of one file: the rows it could read and the problems it skipped.</summary>
/// <param name="Format">gdelt or acled.</param>
public sealed record ImportBatch(string Format, IReadOnlyList<ImportRow> Rows, IReadOnlyList<ImportProblem> Problems);
