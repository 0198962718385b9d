using Relata.Actors;
using Relata.Documents;
using static Relata.Tests.Actors.ActorFixtures;
using static Relata.Tests.Actors.LinkingTests;

namespace Relata.Tests.Actors;

public class ParagraphAndCandidateTests
{
    private const string Body = "Moscow and Tashkent agreed on new rail links.\n\nThe plan was welcomed in Kabul by traders.\n\n";

    [Theory]
    [InlineData("Image: TASS (Photo by Ivan Kuznetsov)", "Ivan Kuznetsov")]
    [InlineData("Photo: Alexei Morozov / Reuters", "Alexei Morozov")]
    [InlineData("Lena Brightwater (@lbright) is a journalist based in Almaty covering Russia.", "Russia")]
    [InlineData("Karim Osmonov is a senior fellow at a think tank based in Bishkek and writes on Russia.", "Russia")]
    [InlineData("The author thanks Vladimir Putin for nothing in particular.", "Vladimir Putin")]
    public void Credits_and_author_bios_yield_no_participants(string lastParagraph, string name)
    {
        var a = Analyse(Body + lastParagraph, "2024-01-01");
        Assert.DoesNotContain(a.Mentions, m => m.Text == name);
        Assert.Contains(a.Mentions, m => m.Text == "Moscow");
    }

    [Fact]
    public void Paragraph_roles_can_come_from_another_stage()
    {
        var options = new ActorLinkingOptions { ParagraphRole = (_, p) => p.Index == 0 ? ActorParagraphRole.Caption : ActorParagraphRole.Body };
        var a = Analyse(Body, "2024-01-01", options: options);
        Assert.DoesNotContain(a.Mentions, m => m.Text == "Moscow");
        Assert.Contains(a.Mentions, m => m.Text == "Kabul");
    }

    [Fact]
    public void A_bio_like_sentence_in_the_body_is_still_linked()
    {
        var text = "Karim Osmonov is a senior fellow based in Bishkek, and he met Russia's envoy.\n\n" + string.Join("\n\n", Enumerable.Repeat("Russia and China talked again.", 6));
        var a = Analyse(text, "2024-01-01");
        Assert.Contains(a.Mentions, m => m.Sentence == 0 && m.ActorId == "RUS");
    }

    [Theory]
    [InlineData("Officials of the Eurasian Transport Agency met in Tashkent.", "Eurasian Transport Agency", CandidateType.Organisation)]
    [InlineData("Rustam Azimov said the rail plan was sound.", "Rustam Azimov", CandidateType.Person)]
    [InlineData("A convoy stopped near Hairatan before crossing.", "Hairatan", CandidateType.Place)]
    [InlineData("The plan, said Farhod Yusupov, was sound. Yusupov later repeated it.", "Farhod Yusupov", CandidateType.Unknown)]
    [InlineData("Delegates met with Jalal Rahimi, who said the project was delayed.", "Jalal Rahimi", CandidateType.Person)]
    public void Unknown_names_become_candidates_with_a_type_guess(string text, string name, CandidateType type)
    {
        var a = Analyse(text, "2024-01-01");
        var c = a.Candidates.FirstOrDefault(x => x.Name == name) ?? throw new Xunit.Sdk.XunitException($"no candidate '{name}': {string.Join(", ", a.Candidates.Select(x => x.Name))} / {Dump(a)}");
        if (type != CandidateType.Unknown) Assert.Equal(type, c.Type);
        Assert.Contains(a.Mentions, m => m.Kind == ActorMentionKind.Candidate && m.Text == name && m.ActorId is null);
    }

    [Theory]
    [InlineData("However, the talks stalled.", "However")]
    [InlineData("On Monday the talks stalled.", "Monday")]
    [InlineData("Talks stalled in March.", "March")]
    [InlineData("An op-ed in the Washington Post criticised Moscow.", "Washington Post")]
    [InlineData("Russia's Foreign Ministry spoke.", "Foreign Ministry")]
    [InlineData("Foreign Minister Sergey Lavrov spoke.", "Foreign Minister")]
    [InlineData("Executive Summary And Key Findings\n\nThe talks stalled.", "Executive Summary")]
    [InlineData("The mission of Maj. Gen. Stoletov reached the city.", "Maj")]
    public void Common_capitalised_words_and_outlets_are_not_candidates(string text, string name)
    {
        var a = Analyse(text, "2024-01-01");
        Assert.DoesNotContain(a.Candidates, c => c.Name.Contains(name, StringComparison.Ordinal));
    }

    [Fact]
    public void Candidate_summary_counts_repeats()
    {
        var a = Analyse("The Fergana Valley Council met. Later the Fergana Valley Council adjourned.", "2024-01-01");
        var c = Assert.Single(a.Candidates, x => x.Name == "Fergana Valley Council");
        Assert.Equal(2, c.Count);
        Assert.Equal(2, c.Examples.Count);
        Assert.Equal(CandidateType.Organisation, c.Type);
    }

    [Fact]
    public void Berlin_Congress_is_a_candidate_not_the_US_Congress()
    {
        var a = Analyse("The Berlin Congress redrew borders.", "1990-01-01");
        Assert.Contains(a.Candidates, c => c.Name == "Berlin Congress");
        Assert.DoesNotContain(a.Mentions, m => m.ActorId == "USA.CON");
    }
}
