using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Relata.Tests.Support;

namespace Relata.Tests.Cli;

public sealed class InterruptedIngestTests : IDisposable
{
    private const int DocumentCount = 120;
    private readonly TempDirectory _dir = new();

    [Fact]
    public void Killing_ingest_mid_batch_leaves_only_whole_documents_and_a_rerun_completes_the_batch()
    {
        WriteCorpus();
        string db = _dir.File("relata.db");

        using (var process = Process.Start(CliRunner.StartInfo(_dir.Path, "ingest", "corpus"))!)
        {
            process.StandardInput.Close();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (CountDocuments(db) < 3 && !process.HasExited && DateTime.UtcNow < deadline) Thread.Sleep(20);
            Assert.False(process.HasExited, "ingest finished before it could be interrupted; make the corpus larger");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        int stored = AssertEveryStoredDocumentIsWhole(db);
        Assert.InRange(stored, 3, DocumentCount - 1);

        var rerun = CliRunner.Run(_dir.Path, "ingest", "corpus");
        Assert.True(rerun.ExitCode == 0, rerun.Stderr + rerun.Stdout);
        Assert.Equal(DocumentCount, AssertEveryStoredDocumentIsWhole(db));
    }

    private void WriteCorpus()
    {
        var body = new StringBuilder();
        for (int s = 0; s < 150; s++) body.Append("Delegations met again in the capital to discuss transit and trade. ");
        for (int i = 0; i < DocumentCount; i++)
            _dir.Write($"corpus/doc{i:D4}.txt", $"Report number {i}\n\n{body}\n");
    }

    private static int CountDocuments(string db)
    {
        if (!File.Exists(db)) return 0;
        try
        {
            using var c = Open(db);
            using var cmd = c.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM documents";
            return Convert.ToInt32(cmd.ExecuteScalar());
        }
        catch (SqliteException) { return 0; }
    }

    private static int AssertEveryStoredDocumentIsWhole(string db)
    {
        using var c = Open(db);
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            SELECT d.id, v.extract_json, (SELECT COUNT(*) FROM sentences s WHERE s.document_id = d.id AND s.version = v.version)
            FROM documents d LEFT JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
            """;
        using var reader = cmd.ExecuteReader();
        int count = 0;
        while (reader.Read())
        {
            Assert.False(reader.IsDBNull(1), $"document {reader.GetString(0)} has no stored version");
            using var json = JsonDocument.Parse(reader.GetString(1));
            Assert.Equal(json.RootElement.GetProperty("sentences").GetArrayLength(), reader.GetInt32(2));
            count++;
        }
        return count;
    }

    private static SqliteConnection Open(string db)
    {
        var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        return c;
    }

    public void Dispose() => _dir.Dispose();
}
