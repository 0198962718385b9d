using Relata.Quantities;
using Relata.Tests.Time;

namespace Relata.Tests.Quantities;

public class QuantityTests
{
    private static Quantity Single(string sentence, string text)
    {
        var a = TimeTestKit.Run(sentence, "2025-06-01");
        return a.Quantities.FirstOrDefault(q => q.Text == text)
            ?? throw new Xunit.Sdk.XunitException($"no quantity '{text}'; found: {string.Join(" | ", a.Quantities.Select(q => $"'{q.Text}'={q.Value} {q.Unit}"))}");
    }

    [Theory]
    [InlineData("Trade reached $323 million last year.", "$323 million", "323000000", "USD", "money")]
    [InlineData("The fund raised $2.5 billion for the dam.", "$2.5 billion", "2500000000", "USD", "money")]
    [InlineData("The bank lent €1.2bn to the port authority.", "€1.2bn", "1200000000", "EUR", "money")]
    [InlineData("The budget sets aside 1.5 trillion rubles for defence.", "1.5 trillion rubles", "1500000000000", "RUB", "money")]
    [InlineData("The contract is worth RUB 10 billion over five years.", "RUB 10 billion", "10000000000", "RUB", "money")]
    [InlineData("The ship carried 70,000 tons of wheat.", "70,000 tons", "70000", "t", "mass")]
    [InlineData("The ship carried 5,000 short tons of coal.", "5,000 short tons", "5000", "short_ton", "mass")]
    [InlineData("The field yields 300,000 barrels per day of crude.", "300,000 barrels per day", "300000", "bbl/d", "volume_rate")]
    [InlineData("The pipeline will carry 30 bcm of gas a year.", "30 bcm", "30000000000", "m3", "volume")]
    [InlineData("The plant will add 450 MW of capacity.", "450 MW", "450", "MW", "power")]
    [InlineData("The railway will run 573 km across the mountains.", "573 km", "573", "km", "distance")]
    [InlineData("The wall stretches 40 miles along the border.", "40 miles", "40", "mi", "distance")]
    [InlineData("The plant sold 120 million kWh of power.", "120 million kWh", "120000000", "kWh", "energy")]
    [InlineData("The reservoir holds 3 million cubic metres of water.", "3 million cubic metres", "3000000", "m3", "volume")]
    [InlineData("The port handled 9,500 tonnes of cement.", "9,500 tonnes", "9500", "t", "mass")]
    [InlineData("The port handled 400 metric tons of sugar.", "400 metric tons", "400", "t", "mass")]
    [InlineData("The refinery processes 80,000 barrels of crude.", "80,000 barrels", "80000", "bbl", "volume")]
    [InlineData("The grant totals US$5 million this year.", "US$5 million", "5000000", "USD", "money")]
    [InlineData("The fine was set at 40 million euros by the court.", "40 million euros", "40000000", "EUR", "money")]
    [InlineData("The bank wrote off $5m in loans.", "$5m", "5000000", "USD", "money")]
    [InlineData("Turnout was 50% in the capital.", "50%", "50", "%", "percentage")]
    [InlineData("The silo holds 70\u00A0000 tonnes of grain.", "70\u00A0000 tonnes", "70000", "t", "mass")]
    [InlineData("Turnout was 50 percent in the capital.", "50 percent", "50", "%", "percentage")]
    [InlineData("The ministry deployed some 18,000 servicemen to the region.", "some 18,000 servicemen", "18000", "people", "people")]
    [InlineData("Police dismantled 175 drug laboratories in the province.", "175 drug laboratories", "175", "laboratories", "count")]
    [InlineData("Police dismantled four laboratories in the province.", "four laboratories", "4", "laboratories", "count")]
    [InlineData("The bill was backed by 11 states in the union.", "11 states", "11", "states", "count")]
    [InlineData("The raid freed twenty-five hostages from the camp.", "twenty-five hostages", "25", "people", "people")]
    [InlineData("Officials seized a dozen trucks at the crossing.", "a dozen trucks", "12", "trucks", "count")]
    [InlineData("The war displaced two million people in the north.", "two million people", "2000000", "people", "people")]
    public void Reads_value_unit_and_dimension(string sentence, string text, string value, string unit, string dimension)
    {
        var q = Single(sentence, text);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), q.Value);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(dimension, q.Dimension);
    }

    [Theory]
    [InlineData("Around 300 families left the town.", "Around 300 families", "around", QuantityBound.None)]
    [InlineData("About 40 trucks crossed the border.", "About 40 trucks", "about", QuantityBound.None)]
    [InlineData("Nearly 90 villages were flooded.", "Nearly 90 villages", "nearly", QuantityBound.Upper)]
    [InlineData("More than 600 migrants arrived by boat.", "More than 600 migrants", "more than", QuantityBound.Lower)]
    [InlineData("The depot holds up to 20,000 tons of fuel.", "up to 20,000 tons", "up to", QuantityBound.Upper)]
    public void Keeps_approximators_as_flags(string sentence, string text, string qualifier, QuantityBound bound)
    {
        var q = Single(sentence, text);
        Assert.True(q.Approximate);
        Assert.Equal(qualifier, q.Qualifier);
        Assert.Equal(bound, q.Bound);
    }

    [Theory]
    [InlineData("Exports posted a 50% increase over the period.", "50%", 0.5)]
    [InlineData("Imports fell by 12% after the sanctions.", "12%", -0.12)]
    [InlineData("Wheat prices rose 8% in a week.", "8%", 0.08)]
    [InlineData("Grain exports dropped 2.5% over the winter.", "2.5%", -0.025)]
    public void Reads_relative_change(string sentence, string text, double change)
    {
        Assert.Equal(change, Single(sentence, text).Change!.Value, 6);
    }

    [Fact]
    public void A_level_reached_is_not_a_change()
    {
        Assert.Null(Single("Inflation rose to 9% in May.", "9%").Change);
    }

    [Theory]
    [InlineData("Bilateral trade reached $1.2 billion in 2024.", "$1.2 billion", "Bilateral trade", "2024")]
    [InlineData("The ship delivered 70,000 tons of wheat in August 2021.", "70,000 tons", "wheat", "2021-08")]
    [InlineData("In 2023, exports of liquefied gas and fuel amounted to $500 million.", "$500 million", "exports of liquefied gas and fuel", "2023")]
    [InlineData("Kabul signed a $200 million loan with the bank in 2022.", "$200 million", "loan", "2022")]
    public void Links_measure_and_period(string sentence, string text, string measure, string period)
    {
        var q = Single(sentence, text);
        Assert.Equal(measure, q.Measure?.Text);
        Assert.Equal(period, q.Period?.Value);
    }

    [Theory]
    [InlineData("Trade between Russia and Afghanistan reached $1 billion in 2024.", "$1 billion", "Russia,Afghanistan")]
    [InlineData("Russian exports of grain to Afghanistan amounted to $300 million.", "$300 million", "Russian,Afghanistan")]
    [InlineData("Uzbekistan's trade with Afghanistan reached $1.1 billion last year.", "$1.1 billion", "Uzbekistan,Afghanistan")]
    public void Reports_actor_names_with_spans(string sentence, string text, string names)
    {
        var q = Single(sentence, text);
        Assert.Equal(names.Split(',').Order(), q.ActorNames.Select(a => a.Text).Order());
        foreach (var a in q.ActorNames) Assert.Equal(a.Text, sentence[a.Span.Start..a.Span.End]);
    }

    [Theory]
    [InlineData("The deal was signed in 2019 in Tashkent.")]
    [InlineData("Article 5 of the treaty covers collective defence.")]
    [InlineData("Volume: 22 Issue: 3 of the journal is out.")]
    [InlineData("The border was settled in the 19th century.")]
    [InlineData("Call +7 495 123-45-67 for details.")]
    [InlineData("The talks resumed on 14 March 2024 in Doha.")]
    [InlineData("Moscow denied it (Gazeta.ru, June 19, 2024).")]
    [InlineData("1. The first point concerns borders.")]
    public void Emits_no_quantity_for_non_figures(string sentence)
    {
        Assert.Empty(TimeTestKit.Run(sentence, "2025-06-01").Quantities);
    }
}
