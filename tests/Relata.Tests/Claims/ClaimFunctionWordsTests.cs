using Relata.Claims;
using Relata.Documents;
using Relata.Text;

namespace Relata.Tests.Claims;

public sealed class ClaimFunctionWordsTests
{
    private static IEnumerable<ClaimWord> FixedClasses() =>
        Enum.GetValues<ClaimWord>().Where(c => c != ClaimWord.None && System.Numerics.BitOperations.IsPow2((int)c)
                                               && (c & ClaimFunctionWords.FixedClasses) == c);

    [Fact]
    public void Bundled_function_words_have_every_class_the_rules_read()
    {
        var loaded = ClaimLexicon.Bundled.FunctionWords.Classes;
        Assert.NotEmpty(FixedClasses());
        foreach (var cls in FixedClasses())
            Assert.Contains(loaded, c => c.Class == cls && c.Words.Length > 0);
    }

    [Fact]
    public void Every_bundled_function_word_classifies_tokens_into_its_class()
    {
        foreach (var (cls, words) in ClaimLexicon.Bundled.FunctionWords.Classes)
            foreach (string word in words)
            {
                string text = "x " + word.ToUpperInvariant() + " y";
                var tokens = new List<Token>();
                Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
                var classes = new int[tokens.Count];
                ClaimLexicon.Bundled.Words.Classify(text, tokens, 0, tokens.Count, classes);
                int at = tokens.FindIndex(t => t.Start == 2);
                Assert.True(((ClaimWord)classes[at] & cls) != 0, $"'{word}' is not classified {cls}");
            }
    }

    [Theory]
    [InlineData("determiner: [the]")]
    [InlineData("shouting: [hey]")]
    [InlineData("cue: [said]")]
    public void Function_word_files_without_every_fixed_class_or_with_unknown_ones_are_rejected(string yaml) =>
        Assert.Throws<ClaimLexiconException>(() => ClaimFunctionWords.Parse(yaml));

    [Fact]
    public void A_class_without_words_is_rejected()
    {
        string yaml = string.Join("\n", FixedClasses().Select(c => $"{Snake(c)}: [{(c == ClaimWord.Pronoun ? "" : "w")}]"));
        Assert.Throws<ClaimLexiconException>(() => ClaimFunctionWords.Parse(yaml));
    }

    [Fact]
    public void A_complete_file_loads_with_its_words_lower_cased()
    {
        string yaml = string.Join("\n", FixedClasses().Select(c => $"{Snake(c)}: [{(c == ClaimWord.Pronoun ? "Thou" : "w")}]"));
        var words = ClaimFunctionWords.Parse(yaml);
        Assert.Equal(["thou"], words.Classes.Single(c => c.Class == ClaimWord.Pronoun).Words);
    }

    private static string Snake(ClaimWord c) =>
        string.Concat(c.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
