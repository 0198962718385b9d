using System.Text.Json;
using Relata.Tests.Support;

namespace Relata.Tests.Cli;

public sealed class ActorAndFigureCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private CliResult Relata(params string[] args) => CliRunner.Run(_dir.Path, args);

    private void IngestCorpus()
    {
        _dir.Write("corpus/a.txt", """
            Envoy in Kabul

            KABUL, April 22, 2025 — Russia's special envoy for Afghanistan, Zamir Kabulov, met Foreign Minister Amir Khan Muttaqi in Kabul.
            Kabulov said bilateral trade between Russia and Afghanistan reached $323 million in 2024.
            Officials from the Qoshtepa Irrigation Authority attended the meeting.
            """);
        Assert.Equal(0, Relata("ingest", "corpus").ExitCode);
    }

    [Fact]
    public void Actors_lists_linked_actors_with_counts_and_filters_by_type()
    {
        IngestCorpus();

        using var all = JsonDocument.Parse(Relata("actors", "--json").Stdout);
        using var people = JsonDocument.Parse(Relata("actors", "--type", "person", "--json").Stdout);

        var ids = all.RootElement.EnumerateArray().Select(a => a.GetProperty("actor_id").GetString()).ToList();
        Assert.Contains("RUS", ids);
        Assert.Contains("per.zamir-kabulov", ids);
        Assert.All(people.RootElement.EnumerateArray(), a => Assert.Equal("person", a.GetProperty("type").GetString()));
        Assert.Contains(people.RootElement.EnumerateArray(), a => a.GetProperty("actor_id").GetString() == "per.amir-khan-muttaqi");
    }

    [Fact]
    public void Candidates_lists_names_the_knowledge_base_does_not_know()
    {
        IngestCorpus();

        using var candidates = JsonDocument.Parse(Relata("actors", "--candidates", "--json").Stdout);

        Assert.Contains(candidates.RootElement.EnumerateArray(), c => c.GetProperty("name").GetString()!.Contains("Qoshtepa"));
    }

    [Fact]
    public void Actor_shows_roles_over_time_and_mentions_with_evidence()
    {
        IngestCorpus();

        var actor = Relata("actor", "Kabulov", "--json");

        Assert.Equal(0, actor.ExitCode);
        using var json = JsonDocument.Parse(actor.Stdout);
        Assert.Equal("per.zamir-kabulov", json.RootElement.GetProperty("id").GetString());
        Assert.NotEqual(0, json.RootElement.GetProperty("roles").GetArrayLength());
        var mention = json.RootElement.GetProperty("mentions")[0];
        Assert.Contains("Kabulov", mention.GetProperty("evidence").GetProperty("sentence_text").GetString());
    }

    [Fact]
    public void An_unknown_actor_is_a_usage_error_with_suggestions()
    {
        var actor = Relata("actor", "Afganistan");

        Assert.Equal(1, actor.ExitCode);
        Assert.Contains("did you mean", actor.Stderr);
        Assert.Contains("Afghanistan", actor.Stderr);
    }

    [Fact]
    public void Figures_filters_by_measure_and_actor_and_keeps_the_evidence()
    {
        IngestCorpus();

        using var trade = JsonDocument.Parse(Relata("figures", "--measure", "trade", "--actor", "Russia", "--json").Stdout);
        using var none = JsonDocument.Parse(Relata("figures", "--measure", "wheat", "--json").Stdout);

        var figure = Assert.Single(trade.RootElement.EnumerateArray());
        Assert.Equal(323_000_000d, figure.GetProperty("value").GetDouble());
        Assert.Equal("USD", figure.GetProperty("unit").GetString());
        Assert.Equal("2024", figure.GetProperty("period").GetString());
        Assert.Contains("$323 million", figure.GetProperty("evidence").GetProperty("sentence_text").GetString());
        Assert.Equal(0, none.RootElement.GetArrayLength());
    }

    [Fact]
    public void Claims_lists_who_said_what_and_filters_by_speaker_and_topic()
    {
        IngestCorpus();

        using var byKabulov = JsonDocument.Parse(Relata("claims", "--speaker", "Zamir Kabulov", "--json").Stdout);
        using var narcotics = JsonDocument.Parse(Relata("claims", "--topic", "narcotics", "--json").Stdout);

        var claim = Assert.Single(byKabulov.RootElement.EnumerateArray());
        Assert.Equal("per.zamir-kabulov", claim.GetProperty("speaker_id").GetString());
        Assert.Contains("$323 million", claim.GetProperty("text").GetString());
        Assert.Contains("trade", claim.GetProperty("topics").GetString());
        Assert.Equal(0, narcotics.RootElement.GetArrayLength());
    }

    [Fact]
    public void Events_lists_who_did_what_to_whom_with_date_place_and_evidence()
    {
        IngestCorpus();

        using var events = JsonDocument.Parse(Relata("events", "--actor", "Kabulov", "--modality", "asserted", "--json").Stdout);
        using var before = JsonDocument.Parse(Relata("events", "--actor", "Kabulov", "--to", "2024", "--json").Stdout);

        var meeting = Assert.Single(events.RootElement.EnumerateArray());
        Assert.Equal("per.zamir-kabulov", meeting.GetProperty("source_id").GetString());
        Assert.Equal("per.amir-khan-muttaqi", meeting.GetProperty("target_id").GetString());
        Assert.StartsWith("04", meeting.GetProperty("cameo").GetString());
        Assert.Equal("2025-04-22", meeting.GetProperty("date").GetString());
        Assert.Equal("AFG", meeting.GetProperty("country").GetString());
        Assert.InRange(meeting.GetProperty("lat").GetDouble(), 30, 40);
        Assert.Equal(0, before.RootElement.GetArrayLength());
    }

    [Fact]
    public void Claims_can_be_selected_by_the_proposition_they_bear_on()
    {
        _dir.Write("corpus/b.txt", "Recognition\n\nForeign Ministry spokeswoman Maria Zakharova said on 19 June 2025 that Russia would recognise the Taliban government in due time.\n");
        Assert.Equal(0, Relata("ingest", "corpus").ExitCode);

        using var claims = JsonDocument.Parse(Relata("claims", "--proposition", "recognises Taliban", "--json").Stdout);

        var claim = Assert.Single(claims.RootElement.EnumerateArray());
        Assert.Equal("RUS:recognise:grp.taliban", claim.GetProperty("proposition_key").GetString());
        Assert.Equal("for", claim.GetProperty("stance").GetString());
        Assert.Equal("future", claim.GetProperty("temporal").GetString());
    }

    [Fact]
    public void A_user_knowledge_base_beside_the_store_promotes_a_candidate_on_re_extraction()
    {
        IngestCorpus();
        _dir.Write("kb/local.yaml", """
            kind: body
            actors:
              - id: AFG.QIA
                name: Qoshtepa Irrigation Authority
                parent: AFG
                sector: GOV
            """);

        var extract = Relata("extract", "corpus/a.txt");

        Assert.True(extract.ExitCode == 0, extract.Stderr);
        using var json = JsonDocument.Parse(extract.Stdout);
        Assert.Contains(json.RootElement[0].GetProperty("mentions").EnumerateArray(),
            m => m.GetProperty("actor").ValueKind == JsonValueKind.Object && m.GetProperty("actor").GetProperty("id").GetString() == "AFG.QIA");
    }

    [Fact]
    public void A_broken_knowledge_base_file_is_reported_with_file_and_line_and_nothing_runs()
    {
        _dir.Write("bad.yaml", "kind: state\nactors:\n  - id: XXA\n    name: One\n  - id: XXA\n    name: Two\n");
        _dir.Write("corpus/a.txt", "Some text here.\n");

        var extract = Relata("--kb", "bad.yaml", "extract", "corpus/a.txt");

        Assert.Equal(1, extract.ExitCode);
        Assert.Matches(@"bad\.yaml:\d+: .*XXA", extract.Stderr);
        Assert.Equal("", extract.Stdout);
    }

    public void Dispose() => _dir.Dispose();
}
