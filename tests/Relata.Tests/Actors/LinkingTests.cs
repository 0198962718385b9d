using Relata.Actors;
using Relata.Pipeline;
using Relata.Text;
using static Relata.Tests.Actors.ActorFixtures;

namespace Relata.Tests.Actors;

public class LinkingTests
{
    internal static string Dump(DocumentAnalysis a) =>
        string.Join("; ", a.Mentions.Select(m => $"'{m.Text}'={m.ActorId}/{m.Kind}/{m.Rule}/{m.Actor?.Code}"));

    private static ActorMention Find(DocumentAnalysis a, string surface) =>
        a.Mentions.FirstOrDefault(m => m.Text == surface) ?? throw new Xunit.Sdk.XunitException($"no mention '{surface}': {Dump(a)}");

    [Theory]
    // names, possessives (straight and curly), acronyms, aliases
    [InlineData("Russia signed the deal.", null, "Russia", "RUS", "name")]
    [InlineData("The deal reflects Russia's priorities.", null, "Russia", "RUS", "name")]
    [InlineData("The deal reflects Russia\u2019s priorities.", null, "Russia", "RUS", "name")]
    [InlineData("Observers noted the Taliban's new decree.", "2024-01-01", "Taliban", "grp.taliban", "name")]
    [InlineData("Ministers met at the SCO summit.", null, "SCO", "org.sco", "acronym")]
    [InlineData("The Shanghai Cooperation Organization met.", null, "Shanghai Cooperation Organization", "org.sco", "name")]
    [InlineData("ISKP claimed the attack.", null, "ISKP", "grp.iskp", "acronym")]
    [InlineData("IS-K claimed the attack.", null, "IS-K", "grp.iskp", "acronym")]
    [InlineData("RUSSIA AND CHINA SIGN PACT", null, "RUSSIA", "RUS", "name")]
    [InlineData("RUSSIA'S NEW ENVOY ARRIVES", null, "RUSSIA", "RUS", "name")]
    [InlineData("U.S. officials declined to comment.", null, "U.S. officials", "USA", "sector")]
    // demonyms and adjectives with a sector head
    [InlineData("Russian officials declined to comment.", null, "Russian officials", "RUS", "sector")]
    [InlineData("Several Russian companies opened offices.", null, "Russian companies", "RUS", "sector")]
    [InlineData("Afghan workers arrived in spring.", "2024-05-01", "Afghan workers", "AFG", "sector")]
    [InlineData("Afghan forces withdrew from the district.", "2019-05-01", "Afghan forces", "AFG.IRA", "sector")]
    [InlineData("Afghan forces paraded in the capital.", "2024-05-01", "Afghan forces", "grp.taliban", "sector")]
    [InlineData("Afghan security forces withdrew.", "2019-05-01", "Afghan security forces", "AFG.IRA", "sector")]
    [InlineData("This shaped Russian policy for years.", null, "Russian", "RUS", "adjective")]
    [InlineData("Many Americans disagreed.", null, "Americans", "USA", "demonym")]
    // metonyms and places
    [InlineData("Moscow welcomed the decision.", null, "Moscow", "RUS", "metonym")]
    [InlineData("The Kremlin welcomed the decision.", null, "The Kremlin", "RUS", "metonym")]
    [InlineData("Kabul rejected the claim.", "2019-03-01", "Kabul", "AFG.IRA", "metonym")]
    [InlineData("Kabul rejected the claim.", "2023-03-01", "Kabul", "grp.taliban", "metonym")]
    [InlineData("The delegation travelled to Kabul last week.", "2023-03-01", "Kabul", "AFG", "place")]
    [InlineData("Talks were held in Moscow.", null, "Moscow", "RUS", "place")]
    [InlineData("Ferries run between Aktau and Baku every week.", null, "Baku", "AZE", "place")]
    // bodies with their state
    [InlineData("Russia's Foreign Ministry issued a statement.", null, "Russia's Foreign Ministry", "RUS.MFA", "state+body")]
    [InlineData("The Russian Foreign Ministry issued a statement.", null, "Russian Foreign Ministry", "RUS.MFA", "state+body")]
    [InlineData("The China Coast Guard fired water cannon.", null, "China Coast Guard", "CHN.CCG", "name")]
    [InlineData("The Malian Foreign Ministry protested.", null, "Malian Foreign Ministry", "MLI", "state+body-sector")]
    // titles, appositions and people
    [InlineData("Foreign Minister Sergey Lavrov spoke first.", "2020-01-01", "Sergey Lavrov", "per.sergey-lavrov", "title+name")]
    [InlineData("Russia's special envoy for Afghanistan, Zamir Kabulov, said talks would continue.", "2022-01-01", "Zamir Kabulov", "per.zamir-kabulov", "title+name")]
    [InlineData("Dmitry Peskov, spokesperson for the Russian presidency, declined.", "2022-01-01", "Dmitry Peskov", "per.dmitry-peskov", "name")]
    [InlineData("Russia's ambassador to Afghanistan, Dmitry Zhirnov, met officials.", "2022-01-01", "Dmitry Zhirnov", "per.dmitry-zhirnov", "new-person")]
    [InlineData("Anna Petrova, a spokeswoman for the Kazakh foreign ministry, confirmed it.", "2022-01-01", "Anna Petrova", "per.anna-petrova", "new-person")]
    [InlineData("President Vladimir Putin arrived. Putin then left.", "2022-01-01", "Putin", "per.vladimir-putin", "short-form")]
    [InlineData("Zamir Kabulov spoke. Later Kabulov added more.", "2022-01-01", "Kabulov", "per.zamir-kabulov", "short-form")]
    [InlineData("Russia's envoy, Oleg Smirnovsky, spoke. Smirnovsky's remarks were brief.", "2022-01-01", "Smirnovsky", "per.oleg-smirnovsky", "short-form")]
    [InlineData("Russia hosted the talks. The president said they went well.", "2010-01-01", "The president", "per.dmitry-medvedev", "title-holder")]
    [InlineData("Russia hosted the talks. The president said they went well.", "2020-01-01", "The president", "per.vladimir-putin", "title-holder")]
    [InlineData("The Russian foreign minister flew in.", "2002-01-01", "Russian foreign minister", "per.igor-ivanov", "title-holder")]
    [InlineData("The Russian president's visit was brief.", "2010-06-01", "Russian president", "per.dmitry-medvedev", "title-holder")]
    [InlineData("Russia's general staff planned it.", null, "Russia", "RUS", "name")]
    [InlineData("Russian Foreign Ministry spokesperson Maria Zakharova said so.", "2024-01-01", "Maria Zakharova", "per.maria-zakharova", "title+name")]
    [InlineData("Kremlin spokesman Dmitry Peskov said so.", "2024-01-01", "Dmitry Peskov", "per.dmitry-peskov", "title+name")]
    [InlineData("In a statement, Lavrov said the talks were useful.", "2024-01-01", "Lavrov", "per.sergey-lavrov", "family-name")]
    [InlineData("Colonel Assimi Goïta addressed the nation.", "2024-01-01", "Assimi Goïta", "per.assimi-goita", "title+name")]
    [InlineData("Talks with the Chinese coast guard failed.", "2024-01-01", "Chinese coast guard", "CHN.CCG", "name")]
    public void Links_mentions(string text, string? date, string surface, string actorId, string rule)
    {
        var a = Analyse(text, date);
        var m = Find(a, surface);
        Assert.True(m.ActorId == actorId && m.Rule == rule, $"'{surface}' → {m.ActorId}/{m.Rule}, expected {actorId}/{rule}: {Dump(a)}");
    }

    [Theory]
    [InlineData("Russian officials declined.", "RUSGOV")]
    [InlineData("Russian companies grew.", "RUSBUS")]
    [InlineData("Afghan workers arrived.", "AFGLAB")]
    [InlineData("Afghan forces paraded.", "AFGMIL")]
    [InlineData("Moscow agreed.", "RUSGOV")]
    [InlineData("Foreign Minister Sergey Lavrov agreed.", "RUSGOV")]
    public void Composes_the_sector_into_the_code(string text, string code)
    {
        var a = Analyse(text, "2024-01-01");
        Assert.Contains(a.Mentions, m => m.Actor?.Code == code);
    }

    [Theory]
    [InlineData("The Berlin Congress redrew the map of the Balkans.", "Congress")]
    [InlineData("The Berlin Congress redrew the map of the Balkans.", "Berlin")]
    [InlineData("European delegations gathered for the Berlin Congress once the fighting had ended.", "Congress")]
    [InlineData("A mission of the general staff of Russia’s general staff went to Kabul.", "Russia’s general")]
    [InlineData("Russia's general approach has not changed.", "Russia's general")]
    [InlineData("The Berlin Congress met in 1878. Russia lost ground at the Congress.", "Congress")]
    [InlineData("An op-ed in the Washington Post criticised the plan.", "Washington")]
    [InlineData("Students at Kabul University protested.", "Kabul")]
    [InlineData("The Soviet-Afghan war left scars.", "Afghan")]
    [InlineData("The Trans-Afghan railway is planned.", "Afghan")]
    [InlineData("The russian language is widely spoken.", "russian")]
    [InlineData("She wrote that us and them are the same.", "us")]
    [InlineData("The Sco family farm is old.", "Sco")]
    public void Does_not_link_false_friends(string text, string surface)
    {
        var a = Analyse(text, "2024-01-01");
        Assert.DoesNotContain(a.Mentions, m => m.Kind != ActorMentionKind.Candidate && m.Text == surface);
    }

    [Fact]
    public void Bare_family_name_needs_an_earlier_mention_or_a_role_at_the_date()
    {
        Assert.DoesNotContain(Analyse("In a statement, Lavrov said the talks were useful.", "1990-01-01").Mentions,
            m => m.Kind == ActorMentionKind.Actor && m.Text == "Lavrov");
        Assert.Contains(Analyse("Sergey Lavrov arrived. Lavrov said little.", "1990-01-01").Mentions,
            m => m.Rule == "short-form" && m.Text == "Lavrov");
    }

    [Fact]
    public void State_word_before_a_title_is_part_of_the_person_mention_not_a_candidate()
    {
        var a = Analyse("Former Afghan President Hamid Karzai spoke.", "2024-01-01");
        Assert.Contains(a.Mentions, m => m.ActorId == "per.hamid-karzai");
        Assert.DoesNotContain(a.Candidates, c => c.Name == "Afghan");
    }

    [Fact]
    public void Links_the_real_US_Congress()
    {
        var a = Analyse("The bill passed the US Congress.", "2024-01-01");
        Assert.Contains(a.Mentions, m => m.ActorId == "USA.CON" && m.Text == "US Congress");
    }

    [Fact]
    public void Known_person_carries_the_role_held_at_the_date()
    {
        var m = Find(Analyse("Vladimir Putin spoke.", "2010-01-01"), "Vladimir Putin");
        Assert.Equal("Prime Minister (RUS)", m.Actor!.Role);
        m = Find(Analyse("Vladimir Putin spoke.", "2020-01-01"), "Vladimir Putin");
        Assert.Equal("President (RUS)", m.Actor!.Role);
    }

    [Fact]
    public void New_person_gets_role_and_country_from_the_title_phrase()
    {
        var a = Analyse("Russia's ambassador to Afghanistan, Dmitry Zhirnov, met officials.", "2022-01-01");
        var p = Assert.Single(a.NewActors);
        Assert.Equal("per.dmitry-zhirnov", p.Id);
        Assert.Equal("RUS", p.Country);
        Assert.Equal("ambassador to Afghanistan", Assert.Single(p.Roles).Title);
        Assert.Contains(a.Mentions, m => m.ActorId == "AFG" && m.Text == "Afghanistan");
    }

    [Fact]
    public void Place_and_actor_mentions_are_both_kept()
    {
        var a = Analyse("Envoys travelled to Moscow. Moscow later denied it.", "2022-01-01");
        var moscow = a.Mentions.Where(m => m.Text == "Moscow").ToList();
        Assert.Equal(2, moscow.Count);
        Assert.True(moscow[0].IsPlace);
        Assert.False(moscow[1].IsPlace);
    }

    [Fact]
    public void Sentence_date_hook_overrides_the_document_date()
    {
        var options = new ActorLinkingOptions { SentenceDate = (_, s) => s.Index == 0 ? D("2019-01-01") : null };
        var a = Analyse("Kabul objected. Kabul objected again.", "2024-01-01", options: options);
        var kabul = a.Mentions.Where(m => m.Text == "Kabul").Select(m => m.ActorId).ToList();
        Assert.Equal(["AFG.IRA", "grp.taliban"], kabul);
    }

    [Fact]
    public void Reference_date_wins_over_the_published_date()
    {
        var doc = new Relata.Documents.Document("d", "mem", "txt", "Kabul objected.",
            Relata.Documents.DocumentMetadata.Empty with { PublishedDate = D("2024-01-01") }, "h", "h");
        var stages = new RelataPipelineBuilder().UseSegmentation()
            .Add(new SetReferenceDate(D("2018-06-01"))).UseActors(Kb).Build();
        var a = stages.Run(doc);
        Assert.Equal("AFG.IRA", Assert.Single(a.Mentions, m => m.Kind == ActorMentionKind.Actor).ActorId);
    }

    private sealed class SetReferenceDate(DateOnly date) : IDocumentStage
    {
        public string Name => "refdate";
        public void Process(DocumentAnalysis analysis) => analysis.ReferenceDate = Relata.Documents.ReferenceDate.Stated(date, "test");
    }

    [Fact]
    public void Counts_actors_per_document()
    {
        var a = Analyse("Russia and China met. Russia left.", "2024-01-01");
        Assert.Equal(2, a.DocumentActors["RUS"]);
        Assert.Equal(1, a.DocumentActors["CHN"]);
    }

    [Fact]
    public void Every_mention_points_at_its_text()
    {
        var a = Analyse("Russia\u2019s Foreign Ministry said Moscow and the Taliban's envoys met in Kabul with Chinese diplomats.", "2024-01-01");
        Assert.NotEmpty(a.Mentions);
        foreach (var m in a.Mentions) Assert.Equal(m.Text, m.Span.Slice(a.Text));
    }
}
