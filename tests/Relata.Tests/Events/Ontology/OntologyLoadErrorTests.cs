using Relata.Data;
using Relata.Events.Ontology;

namespace Relata.Tests.Events.Ontology;

public class OntologyLoadErrorTests
{
    private static readonly string Cameo = BundledData.ReadText(EventOntologyLoader.CameoFile);
    private static readonly string Plover = BundledData.ReadText(EventOntologyLoader.PloverFile);
    private static readonly string Crosswalk = BundledData.ReadText(EventOntologyLoader.CrosswalkFile);

    private static int LineOf(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"fragment not found: {fragment}");
        return text.AsSpan(0, index).Count('\n') + 1;
    }

    /// <summary>Replaces the first occurrence of <paramref name="target"/> after <paramref name="anchor"/>.</summary>
    private static string ReplaceAfter(string text, string anchor, string target, string replacement)
    {
        var start = text.IndexOf(anchor, StringComparison.Ordinal);
        var index = text.IndexOf(target, start, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + target.Length));
    }

    private static OntologyLoadException LoadFails(string cameo, string plover, string crosswalk) =>
        Assert.Throws<OntologyLoadException>(() => EventOntologyLoader.Load(cameo, plover, crosswalk));

    [Fact]
    public void Bundled_tables_load()
    {
        var ontology = EventOntologyLoader.Load(Cameo, Plover, Crosswalk);
        Assert.NotEmpty(ontology.CameoCodes);
    }

    [Fact]
    public void Wrong_parent_is_reported_with_file_and_line()
    {
        var broken = ReplaceAfter(Cameo, "- code: \"057\"", "parent: \"05\"", "parent: \"06\"");
        var error = LoadFails(broken, Plover, Crosswalk);
        Assert.Equal("ontology/cameo.yaml", error.File);
        Assert.Equal(LineOf(Cameo, "- code: \"057\""), error.Line);
        Assert.Contains("057", error.Problem);
        Assert.StartsWith($"ontology/cameo.yaml:{error.Line}: ", error.Message);
    }

    [Fact]
    public void Duplicate_code_is_reported_at_the_second_definition()
    {
        var broken = ReplaceAfter(Cameo, "- code: \"056\"", "code: \"056\"", "code: \"057\"");
        var error = LoadFails(broken, Plover, Crosswalk);
        Assert.Equal(LineOf(Cameo, "- code: \"057\""), error.Line);
        Assert.Contains("twice", error.Problem);
    }

    [Fact]
    public void Misspelt_key_is_rejected()
    {
        var broken = ReplaceAfter(Cameo, "- code: \"190\"", "goldstein:", "goldstien:");
        var error = LoadFails(broken, Plover, Crosswalk);
        Assert.Contains("goldstien", error.Problem);
        Assert.Equal(LineOf(Cameo, "- code: \"190\"") + 4, error.Line);
    }

    [Fact]
    public void Non_numeric_goldstein_is_rejected()
    {
        var broken = ReplaceAfter(Cameo, "- code: \"190\"", "goldstein: -10.0", "goldstein: high");
        Assert.Contains("number", LoadFails(broken, Plover, Crosswalk).Problem);
    }

    [Fact]
    public void Yaml_syntax_errors_name_the_file()
    {
        var broken = Cameo.Replace("codes:", "codes: [", StringComparison.Ordinal);
        var error = LoadFails(broken, Plover, Crosswalk);
        Assert.Equal("ontology/cameo.yaml", error.File);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void Crosswalk_mode_outside_the_type_is_reported()
    {
        var broken = ReplaceAfter(Crosswalk, "cameo: \"193\"", "mode: firearms", "mode: phone");
        var error = LoadFails(Cameo, Plover, broken);
        Assert.Equal("ontology/cameo-plover.yaml", error.File);
        Assert.Equal(LineOf(Crosswalk, "cameo: \"193\""), error.Line);
        Assert.Contains("phone", error.Problem);
    }

    [Fact]
    public void Crosswalk_unknown_type_is_reported()
    {
        var broken = ReplaceAfter(Crosswalk, "cameo: \"057\"", "plover: SUPPORT", "plover: ENDORSE");
        Assert.Contains("ENDORSE", LoadFails(Cameo, Plover, broken).Problem);
    }

    [Fact]
    public void Crosswalk_must_cover_every_code()
    {
        var line = Crosswalk.Split('\n').First(l => l.Contains("cameo: \"1822\"", StringComparison.Ordinal));
        var broken = Crosswalk.Replace(line + "\n", "", StringComparison.Ordinal);
        Assert.Contains("1822", LoadFails(Cameo, Plover, broken).Problem);
    }

    [Fact]
    public void Plover_context_alias_collision_is_reported()
    {
        var broken = Plover.Replace("aliases: [refugee, refugees]", "aliases: [refugee, health]", StringComparison.Ordinal);
        var error = LoadFails(Cameo, broken, Crosswalk);
        Assert.Equal("ontology/plover.yaml", error.File);
        Assert.Contains("health", error.Problem);
    }
}
