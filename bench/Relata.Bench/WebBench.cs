using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Relata.Ingest;
using Relata.Pipeline;
using Relata.Store.Sqlite;
using Relata.Web.Hosting;

namespace Relata.Bench;

/// <summary>
/// Latency of the workbench pages and the HTTP API on a store of 100,000 events: the demo corpus is analysed once,
/// then its documents and facts are copied (event dates shifted back 0–19 years per copy) until the events reach the
/// target. The server runs in this process on 127.0.0.1; a bounded HttpClient loop with several workers requests
/// every endpoint in turn and reports p50/p95 per endpoint.
/// </summary>
public sealed class WebBench : IBenchSuite
{
    public string Name => "web";
    public string Description => "p50/p95 of workbench pages and API calls on a 100,000-event store (local load generator)";

    private static readonly (string Name, string Path)[] Endpoints =
    [
        ("page: corpus", "/"),
        ("page: dyad", "/dyad?a=RUS&b=AFG&from=2021"),
        ("page script: dyad.js", "/js/dyad.js"),
        ("documents (page 100)", "/api/documents?limit=25&offset=2500"),
        ("document with sentences", "/api/documents/{doc}"),
        ("search", "/api/search?q=Taliban+embassy&limit=20"),
        ("actors", "/api/actors?limit=50"),
        ("actor profile", "/api/actors/RUS"),
        ("actor mentions", "/api/actors/RUS/mentions?limit=25&offset=1000"),
        ("events: dyad since 2021", "/api/events?dyad=RUS,AFG&from=2021&limit=25"),
        ("events: actor, deep page", "/api/events?actor=RUS&limit=25&offset=20000"),
        ("events: topic + modality", "/api/events?topic=security&modality=asserted&limit=25"),
        ("claims: dyad", "/api/claims?dyad=RUS,AFG&limit=25"),
        ("figures: actor", "/api/figures?actor=RUS&limit=25"),
        ("dyads", "/api/dyads?limit=12"),
        ("topics", "/api/topics"),
        ("timeline: dyad since 2021", "/api/timeline?a=RUS&b=AFG&from=2021"),
        ("dyad index by year", "/api/dyad-index?a=RUS&b=AFG&by=year"),
        ("network around actor", "/api/network?actor=RUS&from=2021"),
        ("claims tracker: dyad", "/api/claims-tracker?a=RUS&b=AFG"),
    ];

    public int Run(string[] args)
    {
        int targetEvents = Arg(args, "--events", 100_000);
        int requests = Arg(args, "--requests", 60);
        int concurrency = Arg(args, "--concurrency", 8);
        bool write = !args.Contains("--no-write");
        // --keep DIR keeps the generated store there and reuses it on the next run.
        int keepAt = Array.IndexOf(args, "--keep");
        string? keep = keepAt >= 0 && keepAt + 1 < args.Length ? args[keepAt + 1] : null;
        string dir = keep ?? Path.Combine(Path.GetTempPath(), "relata-web-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        string db = Path.Combine(dir, "relata.db");
        try
        {
            var build = Stopwatch.StartNew();
            var (events, documents) = keep is not null && File.Exists(db) ? Counts(db) : BuildStore(db, targetEvents);
            Console.WriteLine($"store: {events:N0} events in {documents:N0} documents, ready in {build.Elapsed.TotalSeconds:F0} s");
            var results = Measure(db, requests, concurrency).GetAwaiter().GetResult();
            string markdown = Report(results, events, documents, requests, concurrency);
            Console.WriteLine(markdown);
            if (write) BenchReport.WriteSection("web", markdown);
            return results.All(r => r.Failures == 0) ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (keep is null)
                try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out int v) ? v : fallback;
    }

    private static (long Events, long Documents) Counts(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM documents)";
        using var r = cmd.ExecuteReader();
        r.Read();
        return (r.GetInt64(0), r.GetInt64(1));
    }

    /// <summary>Analyses the demo corpus, then copies its documents and facts until the store holds the target events.</summary>
    private static (long Events, long Documents) BuildStore(string db, int targetEvents)
    {
        string corpus = Path.Combine(BenchReport.RepoRoot(), "data", "demo");
        var pipeline = DefaultPipeline.Create();
        using (var store = SqliteStore.Open(db))
            foreach (var item in IngestSource.Read([corpus]).Where(i => !i.IsError))
                store.Save(pipeline.Run(item.Document!));

        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        long Scalar(string sql)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        long perCopy = Scalar("SELECT COUNT(*) FROM events");
        int copies = (int)Math.Ceiling((targetEvents - perCopy) / (double)Math.Max(1, perCopy));
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000;");
        foreach (var table in new[] { "documents", "document_versions", "sentence_topics", "sentences", "mentions", "quantities", "claims", "events" })
            Execute(connection, $"CREATE TEMP TABLE o_{table} AS SELECT * FROM main.{table};");
        using (var tx = connection.BeginTransaction())
        {
            for (int k = 1; k <= copies; k++) Execute(connection, CopySql(k), tx);
            tx.Commit();
        }
        Execute(connection, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
        return (Scalar("SELECT COUNT(*) FROM events"), Scalar("SELECT COUNT(*) FROM documents"));
    }

    /// <summary>One copy of every original document (id suffix "~k") with its sentences and facts; event dates move back k mod 20 years.</summary>
    private static string CopySql(int k)
    {
        string suffix = "'~" + k.ToString(CultureInfo.InvariantCulture) + "'";
        string years = (k % 20).ToString(CultureInfo.InvariantCulture);
        string shifted = $"CASE WHEN f.date GLOB '[0-9][0-9][0-9][0-9]*' THEN printf('%04d', CAST(substr(f.date, 1, 4) AS INTEGER) - {years}) || substr(f.date, 5) ELSE f.date END";
        var sb = new StringBuilder();
        sb.Append($"""
            INSERT INTO documents(id, source, format, current_version, created_at)
                SELECT id || {suffix}, source || {suffix}, format, current_version, created_at FROM o_documents;
            INSERT INTO document_versions(document_id, version, content_hash, original_hash, title, author, outlet, published_date, url, language,
                    encoding, ref_date, ref_precision, ref_inferred, ref_reason, text, extract_json, ingested_at)
                SELECT document_id || {suffix}, version, content_hash || {suffix}, original_hash, title, author, outlet, published_date, url, language,
                    encoding, ref_date, ref_precision, ref_inferred, ref_reason, text, json_object(), ingested_at
                FROM o_document_versions;
            INSERT INTO sentence_topics SELECT document_id || {suffix}, version, sentence, topic FROM o_sentence_topics;
            INSERT INTO sentences(document_id, version, idx, paragraph, start_offset, end_offset, text)
                SELECT document_id || {suffix}, version, idx, paragraph, start_offset, end_offset, text FROM o_sentences;
            INSERT INTO mentions SELECT document_id || {suffix}, version, sentence, start_offset, end_offset, text, kind, actor_id, actor_name, actor_type,
                    code, country, role, date, rule, confidence, candidate_type, current, sort_date FROM o_mentions;
            INSERT INTO quantities SELECT document_id || {suffix}, version, sentence, start_offset, end_offset, text, value, unit, dimension, approximate,
                    qualifier, change, measure, period, actors, current, sort_date FROM o_quantities;
            INSERT INTO claims(document_id, version, claim_id, sentence, start_offset, end_offset, text, speaker_id, speaker_name, cue, cue_type, quoted,
                    date, topics, stance, negated, future, author_judgement, proposition_key, proposition_label, temporal, current, sort_date)
                SELECT document_id || {suffix}, version, claim_id, sentence, start_offset, end_offset, text, speaker_id, speaker_name, cue, cue_type, quoted,
                    date, topics, stance, negated, future, author_judgement, proposition_key, proposition_label, temporal, current, sort_date FROM o_claims;
            INSERT INTO events(document_id, version, event_id, sentence, start_offset, end_offset, trigger, source_id, source_name, source_code, target_id,
                    target_name, target_code, cameo, cameo_name, plover, mode, goldstein, quad_class, date, date_precision, date_from, location, country,
                    lat, lon, modality, confidence, symmetric, current)
                SELECT f.document_id || {suffix}, f.version, f.event_id, f.sentence, f.start_offset, f.end_offset, f.trigger, f.source_id, f.source_name,
                    f.source_code, f.target_id, f.target_name, f.target_code, f.cameo, f.cameo_name, f.plover, f.mode, f.goldstein, f.quad_class, {shifted},
                    f.date_precision, f.date_from, f.location, f.country, f.lat, f.lon, f.modality, f.confidence, f.symmetric, f.current
                FROM o_events f;
            """);
        return sb.ToString();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private sealed record Result(string Name, string Path, double ColdMs, double P50, double P95, double Max, int Count, int Failures);

    private static async Task<List<Result>> Measure(string db, int requests, int concurrency)
    {
        await using var app = RelataWebApp.Create(new RelataServerOptions { Db = db, Port = 0 });
        await app.StartAsync();
        string baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        // Like a browser, the client accepts compressed answers (the server compresses its large cached analyses).
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.All })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(30),
        };
        string doc = app.Services.GetRequiredService<StorePool>().Read(s => s.ListDocuments(1, 3000).Items[0].Id);
        var endpoints = Endpoints.Select(e => (e.Name, Path: e.Path.Replace("{doc}", Uri.EscapeDataString(doc), StringComparison.Ordinal))).ToList();

        // Cold: the first request of each endpoint (analyses are computed, then cached until the store changes).
        var cold = new Dictionary<string, double>();
        foreach (var (name, path) in endpoints)
        {
            var sw = Stopwatch.StartNew();
            try
            {
                using var response = await http.GetAsync(path);
                await response.Content.ReadAsByteArrayAsync();
                if (!response.IsSuccessStatusCode) Console.Error.WriteLine($"{path}: {(int)response.StatusCode}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { Console.Error.WriteLine($"{path}: {e.Message}"); }
            cold[name] = sw.Elapsed.TotalMilliseconds;
            Console.WriteLine($"cold {cold[name],8:F0} ms  {path}");
        }

        var samples = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var failures = new ConcurrentDictionary<string, int>();
        var work = new ConcurrentQueue<(string Name, string Path)>(
            Enumerable.Range(0, requests).SelectMany(_ => endpoints));
        var deadline = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (deadline.Elapsed < TimeSpan.FromSeconds(90) && work.TryDequeue(out var item))
            {
                var sw = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync(item.Path);
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode) failures.AddOrUpdate(item.Name, 1, (_, n) => n + 1);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { failures.AddOrUpdate(item.Name, 1, (_, n) => n + 1); }
                samples.GetOrAdd(item.Name, _ => []).Add(sw.Elapsed.TotalMilliseconds);
            }
        })).ToArray();
        await Task.WhenAll(workers);
        await app.StopAsync();

        return [.. endpoints.Select(e =>
        {
            var times = samples.GetValueOrDefault(e.Name)?.Order().ToArray() ?? [];
            double P(double q) => times.Length == 0 ? double.NaN : times[Math.Min(times.Length - 1, (int)Math.Ceiling(q * times.Length) - 1)];
            return new Result(e.Name, e.Path, cold[e.Name], P(0.50), P(0.95), times.Length == 0 ? double.NaN : times[^1], times.Length, failures.GetValueOrDefault(e.Name));
        })];
    }

    private static string Report(List<Result> results, long events, long documents, int requests, int concurrency)
    {
        var sb = new StringBuilder();
        sb.AppendLine("### Workbench and HTTP API (`web`)");
        sb.AppendLine();
        sb.AppendLine($"Store: {events:N0} events, {documents:N0} documents (the demo corpus analysed once, then copied with event dates shifted back up to 19 years). ");
        sb.AppendLine($"Server in-process on 127.0.0.1 (Kestrel, Release); load: {concurrency} concurrent HttpClient workers, {requests} requests per endpoint interleaved, after one cold request each; the client accepts gzip like a browser. ");
        sb.AppendLine("Cold is the first request (analyses then stay cached until the store changes). Target: p95 ≤ 200 ms.");
        sb.AppendLine();
        sb.AppendLine("| endpoint | request | cold ms | p50 ms | p95 ms | max ms | n | failed |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | `{(r.Path.Length > 60 ? r.Path[..60] + "…" : r.Path)}` | {r.ColdMs:F0} | {r.P50:F1} | {r.P95:F1} | {r.Max:F0} | {r.Count} | {r.Failures} |"));
        var over = results.Where(r => r.P95 > 200).Select(r => r.Name).ToList();
        sb.AppendLine();
        sb.AppendLine(over.Count == 0 ? "Every endpoint meets the 200 ms p95 target." : $"Over the 200 ms p95 target: {string.Join(", ", over)}.");
        sb.AppendLine($"Load average at the end: {LoadAverage()} (2 shared cores).");
        return sb.ToString();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
