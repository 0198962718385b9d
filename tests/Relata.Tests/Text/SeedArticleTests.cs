using System.Text.RegularExpressions;
using Relata.Documents;

namespace Relata.Tests.Text;

/// <summary>Runs segmentation over the shared seed articles (when present) and checks general properties, not answers.</summary>
public partial class SeedArticleTests
{
    private const int MinSentenceLength = 3;
    private const int MaxSentenceLength = 600;

    public static TheoryData<string> SeedFiles()
    {
        var data = new TheoryData<string>();
        var dir = SeedDirectory();
        if (dir is null) data.Add("");
        else foreach (var file in Directory.GetFiles(dir, "*.txt").Order()) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Segments_seed_articles_sanely(string file)
    {
        var dir = SeedDirectory();
        if (dir is null || file.Length == 0) return;
        string text = File.ReadAllText(Path.Combine(dir, file));
        var analysis = Segment.Run(text);

        SegmentationInvariants.Check(analysis);
        Assert.NotEmpty(analysis.Sentences);
        foreach (var sentence in analysis.Sentences)
        {
            Assert.InRange(sentence.Text.Length, MinSentenceLength, MaxSentenceLength);
            bool opensParagraph = analysis.Paragraphs[sentence.Paragraph].Span.Start == sentence.Span.Start;
            Assert.False(char.IsLower(sentence.Text[0]) && !opensParagraph && !FollowsQuote(text, sentence.Span.Start),
                $"sentence starts in lower case: {sentence.Text}");
            Assert.False(EndsWithTitle().IsMatch(sentence.Text), $"sentence ends on a title: {sentence.Text}");
        }
        // A sentence never ends on a ranked name's initials and the surname in the next sentence.
        for (int i = 1; i < analysis.Sentences.Count; i++)
        {
            var previous = analysis.Sentences[i - 1];
            if (previous.Paragraph != analysis.Sentences[i].Paragraph) continue;
            Assert.False(EndsWithInitials().IsMatch(previous.Text) && char.IsUpper(analysis.Sentences[i].Text[0])
                && !IsSentenceOpener(analysis.Sentences[i].Text), $"split after initials: {previous.Text}");
        }
        // Every paragraph holds at least one sentence, and body paragraphs hold most of the text.
        Assert.All(analysis.Paragraphs, p => Assert.Contains(analysis.Sentences, s => s.Paragraph == p.Index));
        int bodyChars = analysis.Paragraphs.Where(p => p.Role == ParagraphRole.Body).Sum(p => p.Span.Length);
        Assert.True(bodyChars * 2 > analysis.Paragraphs.Sum(p => p.Span.Length), "body paragraphs hold less than half the text");
    }

    private static bool FollowsQuote(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i >= 0 && text[i] is '"' or '”' or '’' or '\'';
    }

    private static bool IsSentenceOpener(string sentence) =>
        Relata.Text.TextLexicon.Default.IsSentenceStarter(sentence.AsSpan(0, sentence.TakeWhile(char.IsLetter).Count()));

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Dr|Gen|Maj|Lt|Col|Capt|Adm|Sgt|Prof|Sen|Gov|St)\.$")]
    private static partial Regex EndsWithTitle();

    [GeneratedRegex(@"\b(?:[A-Z]\.){1,3}$")]
    private static partial Regex EndsWithInitials();

    private static string? SeedDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Relata.slnx"))) dir = dir.Parent;
        if (dir?.Parent is null) return null;
        var seeds = Path.Combine(dir.Parent.FullName, "shared", "seeds");
        return Directory.Exists(seeds) ? seeds : null;
    }
}
