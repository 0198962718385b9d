using Relata.Documents;
using Relata.Text;

namespace Relata.Tests.Text;

public class TokenizerTests
{
    private static string Tokens(string text) =>
        string.Join(" ", Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]));

    private static string Kinds(string text) =>
        string.Join(" ", Tokenizer.Tokenize(text).Select(t => $"{text[t.Start..t.End]}/{t.Kind}"));

    [Theory]
    [InlineData("Russia's envoy", "Russia's envoy")]
    [InlineData("Russia’s envoy", "Russia’s envoy")]
    [InlineData("the states’ envoys", "the states ’ envoys")]
    [InlineData("O'Neill didn't go", "O'Neill didn't go")]
    [InlineData("north-south transit", "north-south transit")]
    [InlineData("U.S.-led forces", "U.S. - led forces")]
    [InlineData("F-16 and COVID-19", "F-16 and COVID-19")]
    [InlineData("an 18-year-old recruit", "an 18-year-old recruit")]
    [InlineData("in the mid-2010s", "in the mid-2010s")]
    [InlineData("Maj. Gen. N.G. Stoletov", "Maj. Gen. N.G. Stoletov")]
    [InlineData("e.g. tanks, i.e. armour", "e.g. tanks , i.e. armour")]
    [InlineData("He left Kabul.", "He left Kabul .")]
    [InlineData("Resolution No. 5", "Resolution No. 5")]
    [InlineData("She said no.", "She said no .")]
    [InlineData("tanks, guns, etc.", "tanks , guns , etc.")]
    [InlineData("He left the U.S.", "He left the U.S.")]
    [InlineData("See Gazeta.ru.", "See Gazeta.ru .")]
    [InlineData("70,000 tons", "70,000 tons")]
    [InlineData("$2.5 billion", "$ 2.5 billion")]
    [InlineData("a 50% rise", "a 50% rise")]
    [InlineData("the 1990s and 19th century", "the 1990s and 19th century")]
    [InlineData("€5bn and ₽300", "€ 5 bn and ₽ 300")]
    [InlineData("£40 at 10:30", "£ 40 at 10:30")]
    [InlineData("1877-1878", "1877 - 1878")]
    [InlineData("(TASS, April 9).", "( TASS , April 9 ) .")]
    [InlineData("“quoted” — ‘single’ – end…", "“ quoted ” — ‘ single ’ – end …")]
    [InlineData("wait... what", "wait ... what")]
    [InlineData("visit https://example.org/a?b=1. Or", "visit https://example.org/a?b=1 . Or")]
    [InlineData("(see http://example.org/x)", "( see http://example.org/x )")]
    [InlineData("mail jane.doe@example.org now", "mail jane.doe@example.org now")]
    [InlineData("follow @anurlan today", "follow @anurlan today")]
    [InlineData("Prokopʼev and Đoković", "Prokopʼev and Đoković")]
    public void Splits_text_into_tokens(string text, string expected)
    {
        Assert.Equal(expected, Tokens(text));
    }

    [Theory]
    [InlineData("$5", "$/Symbol 5/Number")]
    [InlineData("€ ₽ £", "€/Symbol ₽/Symbol £/Symbol")]
    [InlineData("2.5%", "2.5%/Number")]
    [InlineData("“a”", "“/Punctuation a/Word ”/Punctuation")]
    [InlineData("— –", "—/Punctuation –/Punctuation")]
    [InlineData("www.example.org", "www.example.org/Url")]
    [InlineData("x@example.org", "x@example.org/Email")]
    [InlineData("@handle_1", "@handle_1/Handle")]
    [InlineData("U.S.", "U.S./Word")]
    [InlineData("19th", "19th/Number")]
    public void Classifies_tokens(string text, string expected)
    {
        Assert.Equal(expected, Kinds(text));
    }

    [Fact]
    public void Token_offsets_cover_exactly_the_non_space_text()
    {
        const string text = "  Gen. Ortiz’s 2.5% (“U.S.”) — see https://x.org/y, mail a@b.io;  ₽10… end.  ";
        var tokens = Tokenizer.Tokenize(text);

        int previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd && token.End > token.Start);
            Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..token.Start]));
            Assert.DoesNotContain(text[token.Start..token.End], char.IsWhiteSpace);
            previousEnd = token.End;
        }
        Assert.True(string.IsNullOrWhiteSpace(text[previousEnd..]));
    }

    [Fact]
    public void Tokenizes_only_inside_the_given_span()
    {
        const string text = "skip THIS part";
        var tokens = new List<Token>();

        Tokenizer.Tokenize(text, new TextSpan(5, 9), tokens);

        Assert.Equal([new Token(5, 9, TokenKind.Word)], tokens);
    }
}

public class WordFormsTests
{
    [Theory]
    [InlineData("Russia’s", "Russia")]
    [InlineData("Taliban's", "Taliban")]
    [InlineData("states’", "states")]
    [InlineData("boss", "boss")]
    [InlineData("O'Neill", "O'Neill")]
    [InlineData("'s", "'s")]
    public void Strips_possessive_endings(string word, string expected)
    {
        Assert.Equal(expected, Relata.Text.WordForms.StripPossessive(word).ToString());
    }
}
