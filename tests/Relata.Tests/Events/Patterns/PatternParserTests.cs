using Relata.Events.Patterns;
using E = Relata.Events.Patterns.PatternElement;

namespace Relata.Tests.Events.Patterns;

public class PatternParserTests
{
    private static readonly VerbInflector Inflector = EventPatternSet.Default.Inflector;

    private static IReadOnlyList<E> Parse(string text, PatternKind kind = PatternKind.Verb) =>
        PatternParser.Parse(text, kind, Inflector).Elements;

    [Fact]
    public void Verb_pattern_compiles_lemma_slots_gaps_and_groups()
    {
        var elements = Parse("sign * [a|the] (agreement|memorandum of understanding) with +");
        Assert.Collection(elements,
            e => Assert.Contains("signed", Assert.IsType<E.VerbLemma>(e).Forms),
            e => Assert.Equal(PatternParser.GapMax, Assert.IsType<E.Gap>(e).Max),
            e => Assert.Equal(2, Assert.IsType<E.Optional>(e).Alternatives.Count),
            e => Assert.Contains(Assert.IsType<E.Choice>(e).Alternatives, a => a.SequenceEqual(["memorandum", "of", "understanding"])),
            e => Assert.Equal("with", Assert.IsType<E.Literal>(e).Word),
            e => Assert.IsType<E.TargetSlot>(e));
    }

    [Fact]
    public void Plural_marker_expands_to_a_choice_also_inside_groups()
    {
        var elements = Parse("(air strike[s]|airstrike[s]) on +", PatternKind.Noun);
        var choice = Assert.IsType<E.Choice>(elements[0]);
        var words = choice.Alternatives.Select(a => string.Join(' ', a)).Order().ToArray();
        Assert.Equal(["air strike", "air strikes", "airstrike", "airstrikes"], words);

        var single = Assert.IsType<E.Choice>(Parse("visit[s] to +", PatternKind.Noun)[0]);
        Assert.Equal(2, single.Alternatives.Count);
    }

    [Fact]
    public void Noun_pattern_keeps_first_word_literal_and_takes_source_slot()
    {
        var elements = Parse("talks between $ and +", PatternKind.Noun);
        Assert.IsType<E.Literal>(elements[0]);
        Assert.IsType<E.SourceSlot>(elements[2]);
    }

    [Fact]
    public void Leading_target_possessor_sets_the_possessor_role()
    {
        var (elements, possessor) = PatternParser.Parse("+'s removal from * list", PatternKind.Noun, Inflector);
        Assert.Equal(PossessorRole.Target, possessor);
        Assert.Equal("removal", Assert.IsType<E.Literal>(elements[0]).Word);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("+ visit", "verb lemma")]
    [InlineData("(visit|tour) +", "verb lemma")]
    [InlineData("visit *", "cannot end with '*'")]
    [InlineData("visit + * to", "separated by a word")]
    [InlineData("send * * to +", "separated by a word")]
    [InlineData("meet + and +", "more than one target")]
    [InlineData("visit (kabul +", "never closed")]
    [InlineData("visit Kabul", "lower case")]
    [InlineData("visit to (kabul) +", "single alternative")]
    [InlineData("visit [to|(in)] +", "cannot nest")]
    [InlineData("visit to + !", "unexpected character")]
    [InlineData("+'s visit", "only allowed in nouns")]
    public void Malformed_patterns_are_rejected_with_the_problem(string text, string problem)
    {
        var e = Assert.Throws<PatternSyntaxException>(() => Parse(text));
        Assert.Contains(problem, e.Message);
    }

    [Theory]
    [InlineData("[the] visit to +")]
    [InlineData("* visit to +")]
    [InlineData("+ visit")]
    public void Noun_patterns_must_start_with_a_word(string text)
    {
        var e = Assert.Throws<PatternSyntaxException>(() => Parse(text, PatternKind.Noun));
        Assert.Contains("must start", e.Message);
    }
}
