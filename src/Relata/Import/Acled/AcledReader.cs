using System.Globalization;
using CsvHelper;
using Relata.Time;
using static Relata.Import.ImportFields;

namespace Relata.Import.Acled;

/// <summary>
/// Reads an ACLED CSV export (header row; event_id_cnty, event_date, time_precision, event_type, sub_event_type, actor1,
/// actor2, country, admin1, location, latitude, longitude, source, notes, fatalities, …). Event types map to CAMEO through
/// <see cref="AcledCrosswalk"/>. A malformed row is reported with the line it starts on and skipped.
/// </summary>
public static class AcledReader
{
    public const string Format = "acled";

    public static readonly string[] RequiredColumns =
        ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "location", "latitude", "longitude"];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd MMMM yyyy", "d MMMM yyyy", "dd-MMM-yy", "d-MMM-yy", "dd/MM/yyyy"];

    public static ImportBatch Read(TextReader reader, AcledCrosswalk? crosswalk = null)
    {
        crosswalk ??= AcledCrosswalk.Default;
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();
        var malformed = new Dictionary<long, string>();
        using var csv = CsvReader.Create(reader, new CsvReaderOptions
        {
            HasHeader = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            OnMalformedRecord = m => malformed[m.LineNumber] = $"malformed CSV ({m.Reason})",
        }, true);

        var header = csv.Headers?.Select(h => h.Trim().ToLowerInvariant()).ToList() ?? [];
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new ImportProblem(1, $"not an ACLED export: missing column(s) {string.Join(", ", missing)}"));
            return new ImportBatch(Format, rows, problems);
        }
        int Column(string name) => header.IndexOf(name);
        int precisionColumn = Column("time_precision"), admin1 = Column("admin1"), source = Column("source"), notes = Column("notes");

        while (csv.Read())
        {
            int line = (int)csv.LineNumber;
            if (malformed.Remove(line, out var reason)) { problems.Add(new ImportProblem(line, reason)); continue; }
            if (csv.FieldCount != header.Count)
            {
                problems.Add(new ImportProblem(line, $"expected {header.Count} fields as in the header, found {csv.FieldCount}"));
                continue;
            }
            string Get(int i) => i < 0 ? "" : csv.GetString(i) ?? "";
            string Field(string name) => Get(Column(name));
            if (Parse(Field, line, precisionColumn < 0 ? "" : Get(precisionColumn), Get(admin1), Get(source), Get(notes), crosswalk, out var problem) is { } row)
                rows.Add(row);
            else problems.Add(new ImportProblem(line, problem!));
        }
        return new ImportBatch(Format, rows, problems);
    }

    private static ImportRow? Parse(
        Func<string, string> field, int line, string timePrecision, string admin1, string source, string notes, AcledCrosswalk crosswalk,
        out string? problem)
    {
        problem = null;
        string? id = Null(field("event_id_cnty"));
        if (id is null) return Fail("event_id_cnty is empty", out problem);
        string rawDate = field("event_date").Trim();
        if (!DateOnly.TryParseExact(rawDate, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Fail($"event_date '{rawDate}' is not a date", out problem);
        var precision = TimexPrecision.Day;
        if (Null(timePrecision) is { } tp)
        {
            if (!crosswalk.TimePrecision.TryGetValue(tp, out var name) || !Enum.TryParse(name, ignoreCase: true, out precision))
                return Fail($"time_precision '{tp}' is not 1, 2 or 3", out problem);
        }
        string eventType = field("event_type").Trim(), subEventType = field("sub_event_type").Trim();
        if (crosswalk.Cameo(eventType, subEventType) is not { } cameo)
            return Fail($"event_type '{eventType}' is not an ACLED event type", out problem);
        if (!TryCoordinate(field("latitude"), 90, "latitude", out var lat, out problem)) return null;
        if (!TryCoordinate(field("longitude"), 180, "longitude", out var lon, out problem)) return null;

        string country = field("country").Trim();
        string? location = Null(field("location"));
        string? placeName = location is null ? Null(country) : string.Join(", ", new[] { location, Null(admin1), Null(country) }.OfType<string>().Distinct());
        var place = placeName is null ? null : new ImportPlace(placeName, Null(country), lat, lon);
        string? actor1 = Null(field("actor1")), actor2 = Null(field("actor2"));
        return new ImportRow(line, id, Value(date, precision), precision, cameo,
            actor1 is null ? null : new ImportActor(actor1, null, null),
            actor2 is null ? null : new ImportActor(actor2, null, null),
            place, null, Null(source), null, Null(notes));
    }

    /// <summary>A month-precise row keeps only its month; a week-precise one keeps ACLED's day, which the precision qualifies.</summary>
    private static string Value(DateOnly date, TimexPrecision precision) =>
        precision == TimexPrecision.Month ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture) : Iso(date);

    private static ImportRow? Fail(string reason, out string? problem)
    {
        problem = reason;
        return null;
    }
}
