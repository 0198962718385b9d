using System.Globalization;
using Relata.Events.Ontology;
using Relata.Time;
using static Relata.Import.ImportFields;

namespace Relata.Import.Gdelt;

/// <summary>
/// Reads a GDELT 2.0 event export: one event per line, 61 tab-separated columns (<see cref="GdeltColumns"/>), no header.
/// A malformed line is reported with its line number and skipped; the other lines are still read.
/// </summary>
public static class GdeltEventReader
{
    public const string Format = "gdelt";

    public static ImportBatch Read(TextReader reader, EventOntology? ontology = null)
    {
        ontology ??= EventOntology.Default;
        var rows = new List<ImportRow>();
        var problems = new List<ImportProblem>();
        int line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            var f = text.Split('\t');
            if (f.Length != GdeltColumns.Count)
            {
                problems.Add(new ImportProblem(line, $"expected {GdeltColumns.Count} tab-separated columns (GDELT 2.0 event export), found {f.Length}"));
                continue;
            }
            if (Parse(f, line, ontology, out string? problem) is { } row) rows.Add(row);
            else problems.Add(new ImportProblem(line, problem!));
        }
        return new ImportBatch(Format, rows, problems);
    }

    private static ImportRow? Parse(string[] f, int line, EventOntology ontology, out string? problem)
    {
        problem = null;
        string? id = Null(f[GdeltColumns.GlobalEventId]);
        if (id is null || !id.All(char.IsAsciiDigit)) return Fail($"GLOBALEVENTID '{f[GdeltColumns.GlobalEventId]}' is not a number", out problem);
        if (!DateOnly.TryParseExact(f[GdeltColumns.SqlDate].Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return Fail($"SQLDATE '{f[GdeltColumns.SqlDate]}' is not a date (YYYYMMDD)", out problem);
        string? code = Null(f[GdeltColumns.EventCode]);
        if (code is null || !ontology.TryCameo(code, out _))
            return Fail($"EventCode '{f[GdeltColumns.EventCode]}' is not a CAMEO event code", out problem);
        double? goldstein = null;
        if (Null(f[GdeltColumns.GoldsteinScale]) is { } g)
        {
            if (!double.TryParse(g, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value is < -10 or > 10)
                return Fail($"GoldsteinScale '{g}' is not a number between -10 and 10", out problem);
            goldstein = value;
        }
        if (!TryCoordinate(f[GdeltColumns.ActionGeoLat], 90, "ActionGeo_Lat", out var lat, out problem)) return null;
        if (!TryCoordinate(f[GdeltColumns.ActionGeoLong], 180, "ActionGeo_Long", out var lon, out problem)) return null;

        string? placeName = Null(f[GdeltColumns.ActionGeoFullName]);
        // The full name ends with the country ("Kabul, Kabol, Afghanistan"); the country code column is FIPS 10-4, not ISO.
        var place = placeName is null ? null
            : new ImportPlace(placeName, placeName.Split(',')[^1].Trim(), lat, lon);
        string? url = Null(f[GdeltColumns.SourceUrl]);
        return new ImportRow(line, id, Iso(date), TimexPrecision.Day, code,
            Actor(f, GdeltColumns.Actor1Name, GdeltColumns.Actor1Code, GdeltColumns.Actor1CountryCode),
            Actor(f, GdeltColumns.Actor2Name, GdeltColumns.Actor2Code, GdeltColumns.Actor2CountryCode),
            place, url, Domain(url), goldstein);
    }

    private static ImportActor? Actor(string[] f, int name, int code, int country)
    {
        var actor = new ImportActor(Null(f[name]), Null(f[code]), Null(f[country]));
        return actor.IsEmpty ? null : actor;
    }

    private static ImportRow? Fail(string reason, out string? problem)
    {
        problem = reason;
        return null;
    }
}
