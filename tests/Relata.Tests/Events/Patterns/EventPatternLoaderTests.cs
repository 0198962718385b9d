using Relata.Data;
using Relata.Events.Ontology;
using Relata.Events.Patterns;

namespace Relata.Tests.Events.Patterns;

public class EventPatternLoaderTests
{
    private static readonly string VerbForms = BundledData.ReadText(EventPatternLoader.VerbFormsFile);

    private static EventPatternSet Load(params (string File, string Text)[] tables) =>
        EventPatternLoader.Load(tables, VerbForms, EventOntology.Default);

    private static EventPatternLoadException Fails(params (string File, string Text)[] tables) =>
        Assert.Throws<EventPatternLoadException>(() => Load(tables));

    private const string Header = "root: \"04\"\nentries:\n";

    [Fact]
    public void Loads_a_minimal_table_with_all_entry_keys()
    {
        var set = Load(("events/04-consult.yaml", Header +
            "  - code: \"042\"\n    symmetric: false\n    modality_hint: hypothetical\n    context: [diplomacy]\n    note: n\n" +
            "    verbs: [\"visit +\"]\n    nouns: [\"visit to +\"]\n"));
        Assert.Equal(2, set.Patterns.Count);
        var verb = set.Patterns[0];
        Assert.Equal(("042", PatternKind.Verb, ModalityHint.Hypothetical, 8), (verb.Code, verb.Kind, verb.Modality, verb.Line)); // line of the pattern, not the entry
        Assert.Equal(["diplomatic"], verb.Contexts);
        Assert.Equal(PatternKind.Noun, set.Patterns[1].Kind);
    }

    [Fact]
    public void Unknown_code_is_reported_with_file_and_line()
    {
        var e = Fails(("events/04-consult.yaml", Header + "  - code: \"049\"\n    verbs: [\"visit +\"]\n"));
        Assert.Equal(("events/04-consult.yaml", 3L), (e.File, e.Line));
        Assert.Contains("'049' is not a CAMEO code", e.Message);
    }

    [Fact]
    public void Code_of_another_root_is_rejected()
    {
        var e = Fails(("events/04-consult.yaml", Header + "  - code: \"057\"\n    verbs: [\"sign +\"]\n"));
        Assert.Contains("does not belong to root 04", e.Problem);
    }

    [Fact]
    public void Malformed_pattern_names_the_pattern_line()
    {
        var e = Fails(("events/04-consult.yaml", Header + "  - code: \"042\"\n    verbs:\n      - \"visit +\"\n      - \"travel to + *\"\n"));
        Assert.Equal(6, e.Line);
        Assert.Contains("pattern 'travel to + *'", e.Problem);
    }

    [Fact]
    public void Same_pattern_with_different_codes_is_rejected_across_files()
    {
        var e = Fails(
            ("events/04-consult.yaml", Header + "  - code: \"042\"\n    verbs: [\"visit +\"]\n"),
            ("events/05-cooperate.yaml", "root: \"05\"\nentries:\n  - code: \"050\"\n    verbs:\n      - \"visit  +\"\n"));
        Assert.Equal("events/05-cooperate.yaml", e.File);
        Assert.Equal(5, e.Line);
        Assert.Contains("coded 050 here but 042 at events/04-consult.yaml:4", e.Problem);
    }

    [Fact]
    public void Same_pattern_listed_twice_is_rejected()
    {
        var e = Fails(("events/04-consult.yaml", Header + "  - code: \"042\"\n    verbs: [\"visit +\", \"visit +\"]\n"));
        Assert.Contains("listed twice", e.Problem);
    }

    [Theory]
    [InlineData("  - code: \"042\"\n    context: [nowhere]\n    verbs: [\"visit +\"]\n", "unknown PLOVER context")]
    [InlineData("  - code: \"042\"\n    modality_hint: maybe\n    verbs: [\"visit +\"]\n", "modality_hint")]
    [InlineData("  - code: \"042\"\n    verb: [\"visit +\"]\n", "unknown key 'verb'")]
    [InlineData("  - code: \"042\"\n", "neither verbs nor nouns")]
    public void Entry_problems_are_reported(string entry, string problem)
    {
        Assert.Contains(problem, Fails(("events/04-consult.yaml", Header + entry)).Problem);
    }

    [Fact]
    public void File_name_must_carry_its_root()
    {
        var e = Fails(("events/05-consult.yaml", Header + "  - code: \"042\"\n    verbs: [\"visit +\"]\n"));
        Assert.Contains("must be named '04-<name>.yaml'", e.Problem);
    }

    [Fact]
    public void Bad_verb_forms_table_is_reported()
    {
        var e = Assert.Throws<EventPatternLoadException>(() =>
            EventPatternLoader.Load([], "meet: [met]\nMeet2: [x]\n", EventOntology.Default));
        Assert.Equal((EventPatternLoader.VerbFormsFile, 2L), (e.File, e.Line));
    }
}
