namespace Relata.Tests.Text;

public class SentenceSplitterTests
{
    [Theory]
    // Titles, ranks and initials before a name.
    [InlineData("Maj. Gen. N.G. Stoletov rode to Herat in 1878. He returned in winter.",
        "Maj. Gen. N.G. Stoletov rode to Herat in 1878. | He returned in winter.")]
    [InlineData("Lt. Col. Ivan Petrov and Dr. Amina Rahimi met Mr. Lee. They talked.",
        "Lt. Col. Ivan Petrov and Dr. Amina Rahimi met Mr. Lee. | They talked.")]
    [InlineData("The forum in St. Petersburg opened on Monday. Delegates arrived late.",
        "The forum in St. Petersburg opened on Monday. | Delegates arrived late.")]
    [InlineData("Sen. Maria Ortiz and Gov. Tom Reyes spoke. Prof. Chen disagreed.",
        "Sen. Maria Ortiz and Gov. Tom Reyes spoke. | Prof. Chen disagreed.")]
    [InlineData("The letter was signed by John F. Kellerman in Ottawa. Nobody replied.",
        "The letter was signed by John F. Kellerman in Ottawa. | Nobody replied.")]
    // Dotted initialisms: no break before a name or lower-case word, a break before a sentence opener.
    [InlineData("The U.S. Office of Trade objected. The U.N. Security Council met.",
        "The U.S. Office of Trade objected. | The U.N. Security Council met.")]
    [InlineData("Troops left the U.S. and allied bases were closed.",
        "Troops left the U.S. and allied bases were closed.")]
    [InlineData("The envoy flew back to the U.S. The talks had collapsed.",
        "The envoy flew back to the U.S. | The talks had collapsed.")]
    [InlineData("The vote ended at 9 p.m. Moscow time on Sunday.",
        "The vote ended at 9 p.m. Moscow time on Sunday.")]
    [InlineData("The vote ended at 9 p.m. However, the count went on.",
        "The vote ended at 9 p.m. | However, the count went on.")]
    // Months and numbered references.
    [InlineData("Talks were held on Dec. 27, 2016 in Vienna. A second round followed.",
        "Talks were held on Dec. 27, 2016 in Vienna. | A second round followed.")]
    [InlineData("The accord dates from Sept. 2019. It lapsed in Jan. 2023.",
        "The accord dates from Sept. 2019. | It lapsed in Jan. 2023.")]
    [InlineData("Resolution No. 5 passed narrowly. Art. 51 was invoked.",
        "Resolution No. 5 passed narrowly. | Art. 51 was invoked.")]
    [InlineData("The minister said no. The reporters left.",
        "The minister said no. | The reporters left.")]
    // e.g., i.e., etc., Inc., Jr.
    [InlineData("Some states, e.g. Chile and Peru, abstained. Others voted yes.",
        "Some states, e.g. Chile and Peru, abstained. | Others voted yes.")]
    [InlineData("The cost, i.e. Fuel and wages, rose. Prices followed.",
        "The cost, i.e. Fuel and wages, rose. | Prices followed.")]
    [InlineData("They shipped grain, oil, timber, etc. The route was long.",
        "They shipped grain, oil, timber, etc. | The route was long.")]
    [InlineData("They shipped grain, oil, etc. to ports on the coast.",
        "They shipped grain, oil, etc. to ports on the coast.")]
    [InlineData("Acme Inc. Chief Executive Lars Berg resigned. Shares fell.",
        "Acme Inc. Chief Executive Lars Berg resigned. | Shares fell.")]
    [InlineData("The contract went to Borealis Ltd. It was worth millions.",
        "The contract went to Borealis Ltd. | It was worth millions.")]
    [InlineData("Samuel Okafor Jr. said the port would reopen. Few believed him.",
        "Samuel Okafor Jr. said the port would reopen. | Few believed him.")]
    // Numbers, decimals and ellipses.
    [InlineData("Trade reached $2.5 billion in 2024. Exports grew by 3.7 percent.",
        "Trade reached $2.5 billion in 2024. | Exports grew by 3.7 percent.")]
    [InlineData("The talks stalled… and then resumed in May.", "The talks stalled… and then resumed in May.")]
    [InlineData("The talks stalled... Then they resumed in May.", "The talks stalled... | Then they resumed in May.")]
    [InlineData("The talks stalled… Then they resumed in May.", "The talks stalled… | Then they resumed in May.")]
    [InlineData("He quoted the clause “the parties shall … Consult” at length.", "He quoted the clause “the parties shall … Consult” at length.")]
    // Quotations.
    [InlineData("She said the plan “was dead.” Nobody argued.", "She said the plan “was dead.” | Nobody argued.")]
    [InlineData("He called it \"a disgrace.\" The room went quiet.", "He called it \"a disgrace.\" | The room went quiet.")]
    [InlineData("The minister declared: “We will not retreat.” Then he left.",
        "The minister declared: “We will not retreat.” | Then he left.")]
    [InlineData("He added: “The border is calm. Our patrols see nothing. We expect quiet.” The army disagreed.",
        "He added: “The border is calm. | Our patrols see nothing. | We expect quiet.” | The army disagreed.")]
    [InlineData("“Is this the end?” asked the envoy. Nobody answered.", "“Is this the end?” asked the envoy. | Nobody answered.")]
    [InlineData("\"Why now?\" she wondered aloud.", "\"Why now?\" she wondered aloud.")]
    [InlineData("Will the truce hold? Analysts doubt it! Time will tell.", "Will the truce hold? | Analysts doubt it! | Time will tell.")]
    // Parenthetical citations.
    [InlineData("Freight volumes rose sharply (Interfax, March 3). Next year looks weaker.",
        "Freight volumes rose sharply (Interfax, March 3). | Next year looks weaker.")]
    [InlineData("The ban was lifted (see EDM, November 13, 2024; The Baltic Times, April 17). Trade resumed.",
        "The ban was lifted (see EDM, November 13, 2024; The Baltic Times, April 17). | Trade resumed.")]
    [InlineData("The plan stalled (see Fig. 3. Data from 2020). Nobody objected.",
        "The plan stalled (see Fig. 3. Data from 2020). | Nobody objected.")]
    [InlineData("The council met in 2019. (It was later dissolved by decree.) The archive was sealed.",
        "The council met in 2019. | (It was later dissolved by decree.) | The archive was sealed.")]
    [InlineData("Prices rose (Kommersant, June 20).", "Prices rose (Kommersant, June 20).")]
    // Dashes, semicolons and colons do not end a sentence.
    [InlineData("Three states — Chad, Niger and Mali — signed; two refused: Benin and Togo.",
        "Three states — Chad, Niger and Mali — signed; two refused: Benin and Togo.")]
    // Web addresses and domains.
    [InlineData("Details are on Gazeta.ru and www.example.org. Read them.", "Details are on Gazeta.ru and www.example.org. | Read them.")]
    // Odd spacing, wrapped lines, runs of punctuation and non-Latin text.
    [InlineData("Talks ended.   The envoys left.", "Talks ended. | The envoys left.")]
    [InlineData("This wrapped paragraph ends its first sentence here.\nThe second one follows on the next line.",
        "This wrapped paragraph ends its first sentence here. | The second one follows on the next line.")]
    [InlineData("Really?! Nobody expected that.", "Really?! | Nobody expected that.")]
    [InlineData("He asked “Why?” Nobody answered.", "He asked “Why?” | Nobody answered.")]
    [InlineData("The vote (a surprise!) passed. It was close.", "The vote (a surprise!) passed. | It was close.")]
    [InlineData("…and so the talks went on. They ended in June.", "…and so the talks went on. | They ended in June.")]
    [InlineData("Переговоры начались в Москве. Они закончились в Казани.", "Переговоры начались в Москве. | Они закончились в Казани.")]
    [InlineData("The envoy left for the U.S.", "The envoy left for the U.S.")]
    [InlineData("In 2018. 2019 was worse.", "In 2018. | 2019 was worse.")]
    [InlineData("The plan has steps: 1. Secure the border. 2. Reopen the crossing.", "The plan has steps: 1. Secure the border. | 2. Reopen the crossing.")]
    [InlineData("The final score was 3. Then the lights went out.", "The final score was 3. | Then the lights went out.")]
    public void Splits_sentences_where_they_end(string text, string expected)
    {
        Assert.Equal(expected, Segment.Sentences(text));
    }

    [Theory]
    [InlineData("- Tariffs rose sharply\n- Quotas were lifted\n- Talks resumed", "Tariffs rose sharply | Quotas were lifted | Talks resumed")]
    [InlineData("• First point.\n• Second point.", "First point. | Second point.")]
    [InlineData("1. Secure the border.\n2. Reopen the crossing.\n10. Review in June.", "Secure the border. | Reopen the crossing. | Review in June.")]
    [InlineData("Key findings:\n* Growth slowed\n* Debt rose", "Key findings: | Growth slowed | Debt rose")]
    [InlineData("Regional Stability\nThe region is calm. Borders are open.", "Regional Stability | The region is calm. | Borders are open.")]
    public void Each_bullet_and_heading_is_its_own_sentence(string text, string expected)
    {
        Assert.Equal(expected, Segment.Sentences(text));
    }

    [Fact]
    public void Cuts_runaway_sentences_at_a_clause_boundary()
    {
        string text = string.Join(", ", Enumerable.Repeat("tanks and trucks moved north", 300)) + ".";
        var analysis = Segment.Run(text);

        Assert.True(analysis.Sentences.Count > 1);
        Assert.All(analysis.Sentences, s => Assert.InRange(s.Text.Length, 1, Relata.Text.SentenceSplitter.MaxSentenceLength));
        Assert.All(analysis.Sentences.SkipLast(1), s => Assert.EndsWith(",", s.Text));
        SegmentationInvariants.Check(analysis);
    }

    [Fact]
    public void Marks_sentences_that_continue_an_open_quotation()
    {
        var analysis = Segment.Run("He said: “The border is calm. Our patrols see nothing.” The army disagreed.");

        Assert.Equal([false, true, false], analysis.Sentences.Select(s => s.StartsInQuotation));
    }
}
