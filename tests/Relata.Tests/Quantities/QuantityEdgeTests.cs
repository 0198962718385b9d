using Relata.Tests.Time;

namespace Relata.Tests.Quantities;

public class QuantityEdgeTests
{
    [Theory]
    [InlineData("12% of the budget went to the army.", "12%")]
    [InlineData("40,000 tonnes of wheat arrived on Monday.", "40,000 tonnes")]
    public void Reads_a_figure_that_opens_the_document(string text, string figure)
    {
        var a = TimeTestKit.Run(text, "2025-06-01");
        Assert.Contains(a.Quantities, q => q.Text == figure);
    }
}
