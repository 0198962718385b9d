using Relata.Import.Gdelt;
using Relata.Time;

namespace Relata.Tests.Import;

public sealed class GdeltEventReaderTests
{
    [Fact]
    public void Column_list_is_the_61_columns_of_the_gdelt_2_event_export()
    {
        Assert.Equal(61, GdeltColumns.Names.Length);
        Assert.Equal(GdeltColumns.Names.Length, GdeltColumns.Names.Distinct().Count());
        Assert.Equal("EventCode", GdeltColumns.Names[GdeltColumns.EventCode]);
        Assert.Equal("GoldsteinScale", GdeltColumns.Names[GdeltColumns.GoldsteinScale]);
        Assert.Equal("ActionGeo_FullName", GdeltColumns.Names[GdeltColumns.ActionGeoFullName]);
        Assert.Equal("ActionGeo_Lat", GdeltColumns.Names[GdeltColumns.ActionGeoLat]);
        Assert.Equal("ActionGeo_Long", GdeltColumns.Names[GdeltColumns.ActionGeoLong]);
        Assert.Equal("SOURCEURL", GdeltColumns.Names[^1]);
    }

    [Fact]
    public void Reads_good_rows_and_reports_each_malformed_line_with_its_number()
    {
        using var reader = new StreamReader(ImportFixtures.Gdelt);

        var batch = GdeltEventReader.Read(reader);

        Assert.Equal(["1176000001", "1176000002", "1176000006"], batch.Rows.Select(r => r.ExternalId));
        Assert.Equal([3, 4, 5, 7], batch.Problems.Select(p => p.Line));
        Assert.Contains("found 60", batch.Problems[0].Reason);
        Assert.Contains("SQLDATE", batch.Problems[1].Reason);
        Assert.Contains("EventCode '999'", batch.Problems[2].Reason);
        Assert.Contains("ActionGeo_Lat", batch.Problems[3].Reason);
    }

    [Fact]
    public void Maps_a_row_to_date_code_actors_place_and_source()
    {
        using var reader = new StreamReader(ImportFixtures.Gdelt);

        var row = GdeltEventReader.Read(reader).Rows[0];

        Assert.Equal((1, "2024-03-05", TimexPrecision.Day, "040"), (row.Line, row.Date, row.Precision, row.Cameo));
        Assert.Equal(("RUSSIA", "RUS", "RUS"), (row.Source!.Name, row.Source.Code, row.Source.Country));
        Assert.Equal(("AFGHANISTAN", "AFG"), (row.Target!.Name, row.Target.Code));
        Assert.Equal(("Kabul, Kabol, Afghanistan", "Afghanistan", 34.5167, 69.1833), (row.Place!.Name, row.Place.Country, row.Place.Lat, row.Place.Lon));
        Assert.Equal("example-wire.org", row.Outlet);
        Assert.Equal(1.0, row.Goldstein);
    }

    [Theory]
    [InlineData("GoldsteinScale", "11", "GoldsteinScale")]
    [InlineData("ActionGeo_Long", "200", "out of range")]
    [InlineData("GLOBALEVENTID", "x1", "GLOBALEVENTID")]
    [InlineData("EventCode", "", "EventCode")]
    public void Rejects_a_bad_value_with_the_column_it_is_in(string column, string value, string expected)
    {
        var good = new (string, string)[] { ("GLOBALEVENTID", "1"), ("SQLDATE", "20240101"), ("EventCode", "042"), ("Actor1Code", "RUS") };
        string line = ImportFixtures.GdeltLine([.. good.Where(g => g.Item1 != column), (column, value)]);

        var batch = GdeltEventReader.Read(new StringReader(ImportFixtures.GdeltLine(good) + "\n" + line + "\n"));

        Assert.Single(batch.Rows);
        var problem = Assert.Single(batch.Problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains(expected, problem.Reason);
    }

    [Fact]
    public void Problems_read_as_file_line_reason() =>
        Assert.Equal("x.CSV:4: bad", new Relata.Import.ImportProblem(4, "bad").Format("x.CSV"));
}
