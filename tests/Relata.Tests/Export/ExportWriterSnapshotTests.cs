using Relata.Export.Formats;
using Relata.Export.Formats.Csv;
using Relata.Tests.Support;

namespace Relata.Tests.Export;

public sealed class ExportWriterSnapshotTests
{
    [Theory]
    [InlineData("jsonl", "jsonl")]
    [InlineData("gexf", "gexf")]
    [InlineData("timelinejs", "json")]
    [InlineData("geojson", "geojson")]
    [InlineData("ftm", "json")]
    public void Writer_output_matches_the_approved_snapshot(string format, string extension)
    {
        var writer = new StringWriter();
        ExportFormats.Write(ExportFormats.Parse(format), writer, ExportSamples.Set(), ExportSamples.Today);

        Snapshot.Verify("Export", format, extension, writer.ToString());
    }

    [Theory]
    [InlineData("events")]
    [InlineData("claims")]
    [InlineData("figures")]
    public void Csv_tables_match_the_approved_snapshots(string table)
    {
        var writer = new StringWriter();
        var set = ExportSamples.Set();
        switch (table)
        {
            case "events": CsvExportWriter.WriteEvents(writer, set); break;
            case "claims": CsvExportWriter.WriteClaims(writer, set); break;
            default: CsvExportWriter.WriteFigures(writer, set); break;
        }

        Snapshot.Verify("Export", "csv-" + table, "csv", writer.ToString());
    }
}
