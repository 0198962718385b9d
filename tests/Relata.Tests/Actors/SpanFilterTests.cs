using Relata.Actors.Linking;

namespace Relata.Tests.Actors;

public sealed class SpanFilterTests
{
    [Theory]
    [InlineData("Kremlin", "kremlin")]
    [InlineData("Kremlin", "KREMLIN")]
    [InlineData("al-Shabaab", "Al-Shabaab")]
    [InlineData("Élysée", "élysée")]
    [InlineData("Ötzi", "ÖTZI")]
    [InlineData("a", "A")]
    [InlineData("UN", "un")]
    public void Never_rejects_a_key_written_in_another_case(string key, string word)
    {
        var filter = new SpanFilter();
        filter.Add(key);
        Assert.Equal(key, word, ignoreCase: true);
        Assert.True(filter.MayContain(word));
    }

    [Fact]
    public void Rejects_most_words_that_are_not_keys()
    {
        var filter = new SpanFilter();
        foreach (string key in new[] { "Moscow", "Kabul", "Tashkent", "Beijing", "Ankara" }) filter.Add(key);
        string[] others = ["meeting", "talks", "border", "ceasefire", "minister", "agreement", "trade", "pipeline", "sanctions", "envoy"];
        int passed = others.Count(w => filter.MayContain(w));
        Assert.True(passed <= 1, $"{passed} of {others.Length} non-keys passed");
    }
}
