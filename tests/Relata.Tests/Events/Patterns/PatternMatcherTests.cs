using Relata.Data;
using Relata.Events.Ontology;
using Relata.Events.Patterns;

namespace Relata.Tests.Events.Patterns;

/// <summary>Matcher semantics on a small hand-written table, independent of the bundled patterns.</summary>
public class PatternMatcherTests
{
    private const string Table = """
        root: "04"
        entries:
          - code: "042"
            verbs:
              - "travel to +"
              - "pay * visit to +"
            nouns:
              - "visit[s] to +"
          - code: "040"
            verbs:
              - "hold [the|fresh] (talks|consultations) with +"
            nouns:
              - "talks between $ and +"
          - code: "044"
            verbs:
              - "meet + on the sidelines"
        """;

    private const string Table08 = """
        root: "08"
        entries:
          - code: "0812"
            verbs:
              - "remove + from * list"
            nouns:
              - "+'s removal from * list"
        """;

    private static readonly PatternMatcher Matcher = new(EventPatternLoader.Load(
        [("events/04-test.yaml", Table), ("events/08-test.yaml", Table08)],
        BundledData.ReadText(EventPatternLoader.VerbFormsFile), EventOntology.Default));

    private static string[] Words(string sentence) => sentence.Split(' ');

    private static string? Text(string[] words, TokenRange? range) =>
        range is { } r ? string.Join(' ', words[r.Start..r.End]) : null;

    [Theory]
    [InlineData("the envoy travelled to Kabul", "042", "Kabul", null)]
    [InlineData("the envoy travels to the Republic of Korea", "042", "the Republic of Korea", null)]
    [InlineData("she paid a short visit to Moscow , officials said", "042", "Moscow", null)]
    [InlineData("Lavrov's visit to Tashkent", "042", "Tashkent", "Lavrov's")]
    [InlineData("Foreign Minister Lavrov's first official visit to Tashkent", "042", "Tashkent", "Foreign Minister Lavrov's")]
    [InlineData("the visit by Lavrov to Tashkent", "042", "Tashkent", "Lavrov")]
    [InlineData("the visits to Tashkent by the Russian minister", "042", "Tashkent", "the Russian minister")]
    [InlineData("they held fresh talks with Beijing", "040", "Beijing", null)]
    [InlineData("they held consultations with Beijing", "040", "Beijing", null)]
    [InlineData("talks between Russia and Uzbekistan", "040", "Uzbekistan", "Russia")]
    [InlineData("Putin met the Chinese leader on the sidelines", "044", "the Chinese leader", null)]
    [InlineData("Moscow removed the Taliban from its list", "0812", "the Taliban", null)]
    [InlineData("The Taliban's removal from the list", "0812", "Taliban's", null)]
    [InlineData("Moscow removed Hamas and the Taliban from its list", "0812", "Hamas and the Taliban", null)]
    [InlineData("they travelled to Kabul and Herat", "042", "Kabul", null)]
    public void Best_match_has_code_and_slots(string sentence, string code, string? target, string? source)
    {
        var words = Words(sentence);
        var match = Matcher.Best(words);
        Assert.NotNull(match);
        Assert.Equal(code, match.Code);
        Assert.Equal(target, Text(words, match.Target));
        Assert.Equal(source, Text(words, match.Source));
    }

    [Theory]
    [InlineData("she paid a very short official visit to Moscow")]   // gap of 4 tokens
    [InlineData("the envoy travelled to , Kabul")]                   // slot cannot start at punctuation
    [InlineData("they held talks about Beijing")]
    [InlineData("Moscow removed the Taliban from the register")]
    [InlineData("Moscow removed staff in Kabul from its list")]           // a middle slot holds no function words
    public void Does_not_match_outside_the_pattern(string sentence)
    {
        var words = Words(sentence);
        Assert.DoesNotContain(Matcher.FindAll(words), m => m.Pattern.Kind == PatternKind.Verb);
    }

    [Fact]
    public void Source_origin_tells_where_the_source_came_from()
    {
        Assert.Equal(SourceOrigin.Possessor, Matcher.Best(Words("Lavrov's visit to Tashkent"))!.SourceOrigin);
        Assert.Equal(SourceOrigin.ByPhrase, Matcher.Best(Words("the visit by Lavrov to Tashkent"))!.SourceOrigin);
        Assert.Equal(SourceOrigin.Slot, Matcher.Best(Words("talks between Russia and Uzbekistan"))!.SourceOrigin);
        Assert.Equal(SourceOrigin.None, Matcher.Best(Words("Lavrov travelled to Tashkent"))!.SourceOrigin);
    }

    [Fact]
    public void Span_runs_from_trigger_to_last_element()
    {
        var words = Words("yesterday she paid a visit to Moscow again");
        var match = Matcher.Best(words)!;
        Assert.Equal(new TokenRange(2, 7), match.Span);
        Assert.Equal(3, match.Specificity); // paid, visit, to
    }

    [Fact]
    public void More_literal_words_rank_first_at_a_position()
    {
        var words = Words("she paid a visit to Moscow");
        Assert.Equal("042", Matcher.MatchAt(words, 1).Single().Code);
        var nominal = Matcher.MatchAt(words, 3);
        Assert.Equal(PatternKind.Noun, nominal.Single().Pattern.Kind);
        Assert.Empty(Matcher.MatchAt(words, 99));
    }

    [Fact]
    public void Target_possessor_pattern_needs_a_possessor()
    {
        Assert.Null(Matcher.Best(Words("the removal from the list")));
    }
}
