using Relata.Export.Formats.Gexf;

namespace Relata.Tests.Export;

public sealed class GexfSpellTests
{
    private static GexfSpell S(string start, string end) => new(DateOnly.Parse(start), DateOnly.Parse(end));

    [Fact]
    public void Overlapping_spells_join_because_gephi_rejects_overlaps() =>
        Assert.Equal([S("2024-01-01", "2024-12-31")],
            GexfNetwork.Disjoint([S("2024-03-05", "2024-03-05"), S("2024-01-01", "2024-12-31"), S("2024-04-01", "2024-04-30")]));

    [Fact]
    public void Spells_that_only_touch_stay_apart() =>
        Assert.Equal([S("2024-03-01", "2024-03-31"), S("2024-04-01", "2024-04-01")],
            GexfNetwork.Disjoint([S("2024-04-01", "2024-04-01"), S("2024-03-01", "2024-03-31")]));

    [Fact]
    public void A_spell_that_starts_inside_another_extends_it() =>
        Assert.Equal([S("2024-03-01", "2024-05-10")],
            GexfNetwork.Disjoint([S("2024-03-01", "2024-03-31"), S("2024-03-20", "2024-05-10")]));
}
