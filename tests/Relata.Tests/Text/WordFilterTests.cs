using Relata.Text;

namespace Relata.Tests.Text;

public sealed class WordFilterTests
{
    [Theory]
    [InlineData("Édouard", "édouard")]
    [InlineData("december", "DECEMBER")]
    [InlineData("Zürich", "ZÜRICH")]
    [InlineData("Kabul", "kabul")]
    [InlineData("al-Shabaab", "Al-Shabaab")]
    [InlineData("Ötzi", "ÖTZI")]
    [InlineData("a", "A")]
    [InlineData("UN", "un")]
    public void Never_rejects_a_word_the_case_insensitive_table_would_find(string key, string word)
    {
        var filter = new WordFilter();
        filter.Add("Moscow");
        filter.Add(key);

        Assert.Equal(key, word, ignoreCase: true);
        Assert.True(filter.MayContain(word));
    }

    [Fact]
    public void An_accented_key_does_not_switch_the_filter_off()
    {
        var filter = new WordFilter();
        filter.Add("Édouard");
        filter.Add("moscow");

        Assert.True(filter.MayContain("Moscow"));
        Assert.False(filter.MayContain("xylophonic"));
    }

    [Fact]
    public void Rejects_most_words_that_are_not_keys()
    {
        var filter = new WordFilter();
        foreach (string key in new[] { "Moscow", "Kabul", "Tashkent", "Beijing", "Ankara" }) filter.Add(key);
        string[] others = ["meeting", "talks", "border", "ceasefire", "minister", "agreement", "trade", "pipeline", "sanctions", "envoy"];
        int passed = others.Count(w => filter.MayContain(w));
        Assert.True(passed <= 1, $"{passed} of {others.Length} non-keys passed");
    }
}
