namespace Relata.Tests.Time;

public class TimexNormalisationTests
{
    private const string Dct = "2017-04-20";

    [Theory]
    [InlineData("The talks opened on April 14, 2017 in Doha.", "April 14, 2017", "DATE", "2017-04-14")]
    [InlineData("The deal was signed on Dec. 27, 2016 in Moscow.", "Dec. 27, 2016", "DATE", "2016-12-27")]
    [InlineData("It was signed on 27 December 2016 in Moscow.", "27 December 2016", "DATE", "2016-12-27")]
    [InlineData("The file is dated 2016-12-27 by the ministry.", "2016-12-27", "DATE", "2016-12-27")]
    [InlineData("The convoy left on 17 April from Gao.", "17 April", "DATE", "2017-04-17")]
    [InlineData("On 23 April the delegation will arrive.", "23 April", "DATE", "2017-04-23")]
    [InlineData("Elections are expected in mid-May.", "mid-May", "DATE", "2017-05")]
    [InlineData("Fighting resumed in early April.", "early April", "DATE", "2017-04")]
    [InlineData("The economy slowed in the late 2000s.", "the late 2000s", "DATE", "200")]
    [InlineData("Prices fell by the end of 2014 across the region.", "the end of 2014", "DATE", "2014")]
    [InlineData("Floods struck in the summer of 2019 along the river.", "the summer of 2019", "DATE", "2019-SU")]
    [InlineData("Trade grew through the 2010s.", "the 2010s", "DATE", "201")]
    [InlineData("The border was drawn in the 19th century.", "the 19th century", "DATE", "18")]
    [InlineData("Output collapsed by the end of the 2000s.", "the end of the 2000s", "DATE", "200")]
    [InlineData("The mine opened in 2003.", "2003", "DATE", "2003")]
    [InlineData("The port reopened in August 2021.", "August 2021", "DATE", "2021-08")]
    [InlineData("The treaty dates from 1878 and still holds.", "1878", "DATE", "1878")]
    [InlineData("Revenue peaked in Q3 2024 for the firm.", "Q3 2024", "DATE", "2024-Q3")]
    [InlineData("Revenue peaked in the third quarter of 2024 for the firm.", "the third quarter of 2024", "DATE", "2024-Q3")]
    [InlineData("The report covers 2024-W05 only.", "2024-W05", "DATE", "2024-W05")]
    [InlineData("The accord of '99 was never ratified.", "'99", "DATE", "1999")]
    [InlineData("The coup in '05 changed little.", "'05", "DATE", "2005")]
    [InlineData("The ministers met at 10:30 in the capital.", "10:30", "TIME", "2017-04-20T10:30")]
    [InlineData("The strike hit the base at 3 p.m. local time.", "3 p.m.", "TIME", "2017-04-20T15:00")]
    [InlineData("He served for three years in the north.", "three years", "DURATION", "P3Y")]
    [InlineData("The insurgency has lasted two decades already.", "two decades", "DURATION", "P2DE")]
    [InlineData("The border posts were rebuilt over 18 months.", "18 months", "DURATION", "P18M")]
    [InlineData("The summit is held every year in Tashkent.", "every year", "SET", "P1Y")]
    [InlineData("The council reports annually to the assembly.", "annually", "SET", "P1Y")]
    [InlineData("Prices rose sharply last year in the capital.", "last year", "DATE", "2016")]
    [InlineData("A new cabinet will be named next month.", "next month", "DATE", "2017-05")]
    [InlineData("The ceasefire collapsed two years ago after talks failed.", "two years ago", "DATE", "2015")]
    [InlineData("Officials said yesterday that the road is open.", "yesterday", "DATE", "2017-04-19")]
    [InlineData("The ruling party has governed since 1989 without a break.", "1989", "DATE", "1989")]
    [InlineData("The ceasefire was agreed on Sept. 5, 2014 in Minsk.", "Sept. 5, 2014", "DATE", "2014-09-05")]
    [InlineData("Border trade peaked in the mid-1990s.", "the mid-1990s", "DATE", "199")]
    [InlineData("The talks were adjourned at 14:45 on the first day.", "14:45", "TIME", "2017-04-20T14:45")]
    public void Normalises_expression(string sentence, string text, string type, string value)
    {
        var timex = TimeTestKit.Single(TimeTestKit.Run(sentence, Dct), text);
        Assert.Equal(type, timex.TypeName);
        Assert.Equal(value, timex.Value);
        Assert.Null(timex.Rejected);
    }

    [Theory]
    [InlineData("Early April saw new clashes.", "Early April", "START")]
    [InlineData("Voting is due in mid-May.", "mid-May", "MID")]
    [InlineData("Growth slowed in the late 2000s.", "the late 2000s", "END")]
    [InlineData("Reforms stalled at the end of 2014.", "the end of 2014", "END")]
    [InlineData("Reforms began at the beginning of the 1990s.", "the beginning of the 1990s", "START")]
    [InlineData("The port reopened in mid-2019.", "mid-2019", "MID")]
    public void Keeps_part_of_period_modifier(string sentence, string text, string mod)
    {
        Assert.Equal(mod, TimeTestKit.Single(TimeTestKit.Run(sentence, Dct), text).Mod);
    }

    [Theory]
    [InlineData("Exports grew from 2000 to 2017 without pause.", "2000 to 2017", "2000-2017", "2000", "2017")]
    [InlineData("Talks stalled between 1996 and 1997 twice.", "1996 and 1997", "1996-1997", "1996", "1997")]
    [InlineData("The plan covers deliveries in 2024 and 2025 only.", "2024 and 2025", "2024-2025", "2024", "2025")]
    [InlineData("The boom of 2000–2017 ended abruptly.", "2000–2017", "2000-2017", "2000", "2017")]
    public void Recognises_ranges_with_begin_and_end(string sentence, string text, string value, string begin, string end)
    {
        var timex = TimeTestKit.Single(TimeTestKit.Run(sentence, Dct), text);
        Assert.Equal(value, timex.Value);
        Assert.Equal(begin, timex.Begin);
        Assert.Equal(end, timex.End);
    }

    [Theory]
    [InlineData("Prices have risen recently across the Sahel.", "recently", "PAST_REF")]
    [InlineData("The mission is currently under review.", "currently", "PRESENT_REF")]
    [InlineData("More troops will arrive in coming years.", "in coming years", "FUTURE_REF")]
    [InlineData("The dispute will be settled in due time.", "in due time", "FUTURE_REF")]
    public void Flags_vague_expressions_without_inventing_dates(string sentence, string text, string value)
    {
        var timex = TimeTestKit.Single(TimeTestKit.Run(sentence, Dct), text);
        Assert.True(timex.Vague);
        Assert.Equal(value, timex.Value);
    }

    [Fact]
    public void Anchors_later_on_the_previous_date_not_the_reference()
    {
        var a = TimeTestKit.Run("The blockade began on 3 March 2015. Five days later the army withdrew.", Dct);
        var later = TimeTestKit.Single(a, "Five days later");
        Assert.Equal("2015-03-08", later.Value);
        Assert.Equal("previous-timex", later.Anchor.Kind);
        Assert.Equal("2015-03-03", later.Anchor.Value);
    }

    [Fact]
    public void The_previous_year_is_anaphoric()
    {
        var a = TimeTestKit.Run("The mine closed in 2009. The previous year it had doubled output.", Dct);
        Assert.Equal("2008", TimeTestKit.Single(a, "The previous year").Value);
    }

    [Fact]
    public void Underspecified_dates_carry_the_reference_anchor()
    {
        var a = TimeTestKit.Run("The convoy left on 17 April.", Dct);
        Assert.Equal("reference", TimeTestKit.Single(a, "17 April").Anchor.Kind);
    }

    [Theory]
    [InlineData("2025-01-10", "The talks collapsed in December after a week.", "December", "2024-12")]
    [InlineData("2025-01-10", "The talks will resume in December at the earliest.", "December", "2025-12")]
    [InlineData("2025-01-10", "The talks in December are the key.", "December", "2025-12")]
    [InlineData("2025-11-20", "The parliament will vote in March on the budget.", "March", "2026-03")]
    public void Chooses_the_year_of_a_bare_month_from_tense(string dct, string sentence, string text, string value)
    {
        Assert.Equal(value, TimeTestKit.Single(TimeTestKit.Run(sentence, dct), text).Value);
    }

    [Theory]
    [InlineData("2017-04-20", "The envoy arrived on Tuesday for talks.", "Tuesday", "2017-04-18")]
    [InlineData("2017-04-20", "The envoy will arrive on Tuesday for talks.", "Tuesday", "2017-04-25")]
    [InlineData("2017-04-20", "The vote is set for next Monday in the capital.", "next Monday", "2017-04-24")]
    [InlineData("2017-04-20", "Donors pledged 40 million dollars for reconstruction on Monday.", "Monday", "2017-04-17")]
    [InlineData("2017-04-20", "The minister promised more funding on Tuesday.", "Tuesday", "2017-04-18")]
    public void Resolves_weekdays_against_the_reference_date(string dct, string sentence, string text, string value)
    {
        Assert.Equal(value, TimeTestKit.Single(TimeTestKit.Run(sentence, dct), text).Value);
    }

    [Theory]
    [InlineData("The order was signed on 31 February 2016 according to the file.", "31 February 2016")]
    [InlineData("The order was signed on 29 February 2023 according to the file.", "29 February 2023")]
    [InlineData("The order was signed on April 31, 2019 according to the file.", "April 31, 2019")]
    [InlineData("The order was signed on 14 March 2917 according to the file.", "14 March 2917")]
    public void Rejects_impossible_dates_with_a_reason(string sentence, string text)
    {
        var a = TimeTestKit.Run(sentence, Dct);
        var timex = TimeTestKit.Single(a, text);
        Assert.NotNull(timex.Rejected);
        Assert.Contains(a.Notes, n => n.Span == timex.Span);
    }

    [Theory]
    [InlineData("The order was signed on 29 February 2024 in Bamako.", "29 February 2024", "2024-02-29")]
    [InlineData("The order was signed on 29 February 2000 in Bamako.", "29 February 2000", "2000-02-29")]
    public void Accepts_leap_days_in_leap_years(string sentence, string text, string value)
    {
        var timex = TimeTestKit.Single(TimeTestKit.Run(sentence, Dct), text);
        Assert.Null(timex.Rejected);
        Assert.Equal(value, timex.Value);
    }

    [Fact]
    public void Rejects_leap_day_of_a_common_reference_year()
    {
        var a = TimeTestKit.Run("The order was signed on 29 February.", "2023-05-01");
        Assert.NotNull(TimeTestKit.Single(a, "29 February").Rejected);
    }

    [Theory]
    [InlineData("Moscow denied the report (Gazeta.ru, June 19).", "June 19")]
    [InlineData("The line was extended (see EDM, November 13, 2024).", "November 13, 2024")]
    public void Flags_citation_dates(string sentence, string text)
    {
        Assert.True(TimeTestKit.Single(TimeTestKit.Run(sentence, Dct), text).Citation);
    }

    [Fact]
    public void A_date_in_a_parenthetical_clause_is_not_a_citation()
    {
        var a = TimeTestKit.Run("The council (dissolved on July 27, 2019) had met rarely.", Dct);
        Assert.False(TimeTestKit.Single(a, "July 27, 2019").Citation);
    }

    [Theory]
    [InlineData("Some 1500 troops were deployed.")]
    [InlineData("Police counted 2,017 protesters.")]
    [InlineData("Article 5 of the charter applies.")]
    [InlineData("The fund paid $2017 to each family.")]
    public void Does_not_take_counts_for_years(string sentence)
    {
        var a = TimeTestKit.Run(sentence, Dct);
        Assert.DoesNotContain(a.Timexes, t => t.Precision == Relata.Time.TimexPrecision.Year && !t.IsRange);
    }
}
