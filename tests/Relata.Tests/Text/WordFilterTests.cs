using Relata.Text;

namespace Relata.Tests.Text;

public sealed class WordFilterTests
{
    [Theory]
    [InlineData("Édouard", "édouard")]
    [InlineData("december", "DECEMBER")]
    [InlineData("Zürich", "ZÜRICH")]
    [InlineData("Kabul", "kabul")]
    public void Never_rejects_a_word_the_case_insensitive_table_would_find(string key, string word)
    {
        var filter = new WordFilter();
        filter.Add("Moscow");
        filter.Add(key);

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
}
