using static Relata.Tests.Actors.ActorFixtures;

namespace Relata.Tests.Actors;

public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("'s ’ ' - . , Russia' Russias' ’s")]
    [InlineData("Foreign Minister")]
    [InlineData("Russia's")]
    [InlineData("the president")]
    [InlineData("Министр иностранных дел Сергей Лавров заявил, что Россия готова.")]
    [InlineData("President 🙂 Putin, Foreign Minister , , Lavrov's, Kabul's, Moscow-based Kremlin-linked")]
    [InlineData("Image:")]
    [InlineData("Ambassador to Afghanistan, Zz")]
    public void Odd_inputs_never_throw_and_spans_stay_true(string text)
    {
        var a = Analyse(text, "2024-01-01");
        foreach (var m in a.Mentions) Assert.Equal(m.Text, m.Span.Slice(a.Text));
    }

    [Fact]
    public void Random_word_soup_never_throws()
    {
        var rng = new Random(7);
        string[] words = ["Russia", "'s", "Foreign", "Minister", "Sergey", "Lavrov", ",", "the", "president", "in", "Kabul", "Afghan",
            "forces", "and", "Berlin", "Congress", "Washington", "Post", "Image", ":", "(", "@x", ")", "is", "a", "based", ".", "Deputy", "Zed", "Qux"];
        for (int round = 0; round < 50; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 120).Select(_ => words[rng.Next(words.Length)]));
            var a = Analyse(text, rng.Next(2) == 0 ? null : "2020-01-01");
            foreach (var m in a.Mentions) Assert.Equal(m.Text, m.Span.Slice(a.Text));
        }
    }
}
