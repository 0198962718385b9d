using Relata.Documents;
using Relata.Pipeline;
using Relata.Tests.Support;
using Relata.Text;
using Relata.Topics;

namespace Relata.Tests.Topics;

public sealed class TopicTaggerTests
{
    private static readonly TopicTagger Tagger = TopicTagger.Bundled;

    [Theory]
    [InlineData("Farmers in Helmand planted fewer poppies this spring.", "narcotics", "poppies")]
    [InlineData("Police dismantled three drug laboratories near the border.", "narcotics", "drug laboratories")]
    [InlineData("Seizures of methamphetamine doubled in the first quarter.", "narcotics", "methamphetamine")]
    [InlineData("Moscow formally recognised the new government in Kabul.", "diplomacy", "recognised")]
    [InlineData("The two sides agreed to upgrade their embassies.", "diplomacy", "embassies")]
    [InlineData("Bilateral trade reached $1 billion last year.", "trade", "Bilateral trade")]
    [InlineData("The minister spoke about tariffs on cement.", "trade", "tariffs")]
    [InlineData("A new gas pipeline would cross four countries.", "energy", "gas pipeline")]
    [InlineData("The railway will link Termez with Peshawar.", "transit", "railway")]
    [InlineData("Work permits for Afghan citizens will be issued from March.", "labour_migration", "Work permits")]
    [InlineData("Remittances from Russia make up a third of GDP.", "labour_migration", "Remittances")]
    [InlineData("Relief supplies were flown into Herat after the earthquake.", "humanitarian", "Relief supplies")]
    [InlineData("Chinese firms bid for the lithium deposits.", "mining", "lithium")]
    [InlineData("The centre offers scholarships and Russian language classes.", "soft_power", "scholarships")]
    [InlineData("The counter-terrorism committee met in Dushanbe.", "security", "counter-terrorism")]
    [InlineData("Officials warned of counter terrorism gaps.", "security", "counter terrorism")]
    [InlineData("Troops withdrew from the base in August.", "conflict", "Troops")]
    [InlineData("The decree bars women from most jobs.", "governance", "decree")]
    public void Tags_sentence_with_area_and_trigger(string sentence, string area, string trigger)
    {
        var tags = Tagger.Tag(sentence);
        var tag = Assert.Single(tags, t => t.Id == area);
        Assert.Contains(tag.Triggers, t => t.Span.Slice(sentence) == trigger);
    }

    [Theory]
    [InlineData("The company relies on data mining to find customers.", "mining")]
    [InlineData("Trade unions called a strike at the factory.", "trade")]
    [InlineData("Energy security dominated the agenda.", "security")]
    [InlineData("The weather was mild and the harvest good.", "")]
    public void Negative_terms_and_plain_text_do_not_tag(string sentence, string area)
    {
        var tags = Tagger.Tag(sentence);
        if (area.Length == 0) Assert.Empty(tags);
        else Assert.DoesNotContain(tags, t => t.Id == area);
    }

    [Theory]
    [InlineData("The border was quiet.", false)]
    [InlineData("Militants crossed the border at night.", true)]
    public void Context_terms_need_a_main_term(string sentence, bool tagged)
    {
        var tags = Tagger.Tag(sentence);
        Assert.Equal(tagged, tags.Any(t => t.Id == "security"));
        if (tagged) Assert.Contains(tags.Single(t => t.Id == "security").Triggers, t => t.Context && t.Term == "border");
    }

    [Fact]
    public void Longest_phrase_wins_so_drug_trade_is_narcotics_not_trade()
    {
        var tags = Tagger.Tag("The drug trade funds the insurgency.");
        Assert.Contains(tags, t => t.Id == "narcotics");
        Assert.DoesNotContain(tags, t => t.Id == "trade");
    }

    [Theory]
    [InlineData("poppies", "poppy")]
    [InlineData("sanctioned", "sanction")]
    [InlineData("recognized", "recognise")]
    [InlineData("Russia's", "russia")]
    [InlineData("counter-terrorism", "counterterrorism")]
    [InlineData("shipping", "ship")]
    public void Inflected_forms_share_a_key(string form, string baseForm) =>
        Assert.Equal(WordKey.Normalize(baseForm, stem: true), WordKey.Normalize(form, stem: true));

    [Fact]
    public void Every_bundled_area_loads_with_terms()
    {
        var ids = TopicLexicon.Bundled.Areas.Select(a => a.Id).ToHashSet();
        foreach (var id in new[] { "diplomacy", "security", "narcotics", "trade", "energy", "transit",
                     "labour_migration", "humanitarian", "mining", "soft_power" })
            Assert.Contains(id, ids);
        Assert.All(TopicLexicon.Bundled.Areas, a => Assert.NotEmpty(a.Terms));
    }

    [Theory]
    [InlineData("id: Bad Id\nname: x\nterms: [a]")]
    [InlineData("id: ok\nname: x\nterms: []")]
    [InlineData("id: ok\nname: x\nterms: [a]\nunknown: 1")]
    public void Malformed_area_files_are_rejected(string yaml) =>
        Assert.ThrowsAny<Exception>(() => TopicLexicon.Parse("test.yaml", yaml));

    [Fact]
    public void Stage_tags_sentences_with_offsets_into_the_document()
    {
        const string text = "Talks opened in Doha. The weather was fine.\n\nOpium prices rose again.";
        var analysis = new RelataPipelineBuilder().UseSegmentation().UseTopics().Build()
            .Run(TestDocuments.Text("t1", text));
        Assert.Equal([0, 2], analysis.Topics.Select(t => t.Sentence));
        Assert.Empty(analysis.TopicsOf(1));
        var opium = analysis.TopicsOf(2).Single(t => t.Id == "narcotics").Triggers.Single();
        Assert.Equal("Opium", opium.Span.Slice(text));
    }
}
