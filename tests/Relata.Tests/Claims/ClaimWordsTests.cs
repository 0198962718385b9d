using Relata.Claims;
using Relata.Documents;
using Relata.Text;

namespace Relata.Tests.Claims;

public sealed class ClaimWordsTests
{
    private static ClaimWord ClassOf(string token)
    {
        string text = "x " + token + " y";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), tokens);
        var classes = new int[tokens.Count];
        ClaimLexicon.Bundled.Words.Classify(text, tokens, 0, tokens.Count, classes);
        int at = tokens.FindIndex(t => t.Start == 2);
        Assert.True(at >= 0 && tokens[at].End == 2 + token.Length, $"'{token}' is not one token");
        return (ClaimWord)classes[at];
    }

    [Theory]
    [InlineData("that", "That", true)]
    [InlineData("THAT", "That", true)]
    [InlineData("That", "That", true)]
    [InlineData("that's", "That", false)]
    [InlineData("that\u2019s", "That", false)]
    [InlineData("The", "Determiner", true)]
    [InlineData("their", "Determiner", true)]
    [InlineData("they", "Pronoun", true)]
    [InlineData("\u0130n", "In", false)]
    [InlineData("in", "InnerPreposition", true)]
    [InlineData("whether", "WhWord", true)]
    [InlineData("yesterday", "AdverbialStart", true)]
    [InlineData("thereby", "AdverbialStart", false)]
    public void Fixed_words_match_the_whole_token_ignoring_case(string token, string word, bool expected) =>
        Assert.Equal(expected, (ClassOf(token) & Enum.Parse<ClaimWord>(word)) != 0);

    [Theory]
    [InlineData("said")]
    [InlineData("Said")]
    [InlineData("not")]
    [InlineData("officials")]
    [InlineData("Ministry")]
    [InlineData("minister")]
    [InlineData("Monday")]
    [InlineData("which")]
    [InlineData("spokesman's")]
    [InlineData("Kyiv\u2019s")]
    [InlineData("pro-government")]
    [InlineData("S\u00E9curit\u00E9")]
    public void Word_list_classes_agree_with_the_word_sets(string token)
    {
        var lexicon = ClaimLexicon.Bundled;
        var classes = ClassOf(token);
        Assert.Equal(lexicon.CueWords.Contains(token), (classes & ClaimWord.Cue) != 0);
        Assert.Equal(lexicon.Negations.Contains(token), (classes & ClaimWord.Negation) != 0);
        Assert.Equal(lexicon.Auxiliaries.Contains(token), (classes & ClaimWord.Auxiliary) != 0);
        Assert.Equal(lexicon.GenericHeads.Contains(token), (classes & ClaimWord.GenericHead) != 0);
        Assert.Equal(lexicon.OrganisationWords.Contains(token), (classes & ClaimWord.Organisation) != 0);
        Assert.Equal(lexicon.Titles.Contains(token), (classes & ClaimWord.Title) != 0);
        Assert.Equal(lexicon.StopWords.Contains(token), (classes & ClaimWord.Stop) != 0);
        Assert.Equal(lexicon.CalendarWords.Contains(token), (classes & ClaimWord.Calendar) != 0);
    }
}
