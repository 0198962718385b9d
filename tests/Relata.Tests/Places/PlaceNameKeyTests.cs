using Relata.Places;

namespace Relata.Tests.Places;

public sealed class PlaceNameKeyTests
{
    [Theory]
    [InlineData("Mazār-e Sharīf", "mazar e sharif")]
    [InlineData("Mazar-e-Sharif", "mazar e sharif")]
    [InlineData("  São   Paulo ", "sao paulo")]
    [InlineData("Côte d'Ivoire", "cote divoire")]
    [InlineData("Côte d’Ivoire", "cote divoire")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Düsseldorf", "dusseldorf")]
    [InlineData("Straße", "strasse")]
    [InlineData("KAZAN", "kazan")]
    [InlineData("...", "")]
    public void Folds_names_to_lowercase_ascii_keys(string name, string key)
    {
        Assert.Equal(key, PlaceNameKey.Fold(name));
    }

    [Theory]
    [InlineData("Kabul province", "Kabul", PlaceHint.Admin1)]
    [InlineData("the province of Kabul", "Kabul", PlaceHint.Admin1)]
    [InlineData("Tashkent city", "Tashkent", PlaceHint.City)]
    [InlineData("Kherson Oblast", "Kherson", PlaceHint.Admin1)]
    [InlineData("Kabul", "Kabul", PlaceHint.None)]
    [InlineData("Province", "Province", PlaceHint.None)]
    public void Strips_designators_and_reports_the_hint(string mention, string bare, PlaceHint hint)
    {
        Assert.Equal((bare, hint), PlaceDesignator.Strip(mention));
    }
}
