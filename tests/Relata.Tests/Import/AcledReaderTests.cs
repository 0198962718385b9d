using Relata.Events.Ontology;
using Relata.Import.Acled;
using Relata.Time;

namespace Relata.Tests.Import;

public sealed class AcledReaderTests
{
    private static Relata.Import.ImportBatch ReadFixture()
    {
        using var reader = new StreamReader(ImportFixtures.Acled);
        return AcledReader.Read(reader);
    }

    [Fact]
    public void Reads_good_rows_and_reports_malformed_ones_by_the_line_they_start_on()
    {
        var batch = ReadFixture();

        // The first row's notes span two lines, so the rows after it start one line later than their row number.
        Assert.Equal([("AFG90001", 2), ("AFG90002", 4), ("MLI90003", 5), ("RUS90007", 9)], batch.Rows.Select(r => (r.ExternalId, r.Line)));
        Assert.Equal([6, 7, 8], batch.Problems.Select(p => p.Line));
        Assert.Contains("event_date", batch.Problems[0].Reason);
        Assert.Contains("Picnic", batch.Problems[1].Reason);
        Assert.Contains("fields", batch.Problems[2].Reason);
    }

    [Fact]
    public void Time_precision_becomes_timex_precision_and_a_month_keeps_only_its_month()
    {
        var rows = ReadFixture().Rows;

        Assert.Equal(("2024-03-21", TimexPrecision.Day), (rows[0].Date, rows[0].Precision));
        Assert.Equal(("2024-04", TimexPrecision.Month), (rows[1].Date, rows[1].Precision));
        Assert.Equal(("2024-05-02", TimexPrecision.Week), (rows[2].Date, rows[2].Precision));
    }

    [Fact]
    public void Keeps_notes_source_and_place_with_coordinates()
    {
        var row = ReadFixture().Rows[0];

        Assert.Equal("1831", row.Cameo);
        Assert.Contains("Police sealed the area.", row.Note);
        Assert.Contains("\"killing\"", row.Note);
        Assert.Equal("Example Afghan Daily", row.Outlet);
        Assert.Equal(("Kabul, Afghanistan", "Afghanistan", 34.5167, 69.1833), (row.Place!.Name, row.Place.Country, row.Place.Lat, row.Place.Lon));
        Assert.Equal(("Islamic State (Afghanistan)", "Civilians (Afghanistan)"), (row.Source!.Name, row.Target!.Name));
    }

    [Fact]
    public void A_file_without_the_acled_columns_is_one_problem_on_line_1()
    {
        var batch = AcledReader.Read(new StringReader("id,date\n1,2024-01-01\n"));

        Assert.Empty(batch.Rows);
        var problem = Assert.Single(batch.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("event_id_cnty", problem.Reason);
    }

    [Theory]
    [InlineData("Battles", "Armed clash", "190")]
    [InlineData("Battles", "Something new", "190")]
    [InlineData("Explosions/Remote violence", "Air/drone strike", "195")]
    [InlineData("Violence against civilians", "Abduction/forced disappearance", "181")]
    [InlineData("Protests", "Excessive force against protesters", "175")]
    [InlineData("Riots", "Mob violence", "145")]
    [InlineData("Strategic developments", "Agreement", "057")]
    [InlineData("strategic developments", "arrests", "173")]
    public void Event_types_map_to_cameo_through_the_data_table(string type, string sub, string cameo) =>
        Assert.Equal(cameo, AcledCrosswalk.Default.Cameo(type, sub));

    [Fact]
    public void Every_crosswalk_code_is_a_cameo_code_with_a_plover_reading()
    {
        Assert.All(AcledCrosswalk.Default.Codes, code => Assert.True(EventOntology.Default.TryPlover(code, out _), code));
        Assert.Null(AcledCrosswalk.Default.Cameo("Picnic", null));
    }

    [Fact]
    public void A_crosswalk_naming_an_unknown_cameo_code_does_not_load() =>
        Assert.Throws<InvalidDataException>(() => AcledCrosswalk.Load("""
            event_types:
              Battles:
                default: "999"
            actor_forms: []
            time_precision: {"1": day}
            """, EventOntology.Default));
}
