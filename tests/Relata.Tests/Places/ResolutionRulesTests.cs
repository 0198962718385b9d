using System.IO.Compression;
using System.Text;
using Relata.Places;

namespace Relata.Tests.Places;

/// <summary>The resolution rules on a small invented gazetteer, independent of the real data.</summary>
public sealed class ResolutionRulesTests
{
    private static readonly Gazetteer Tiny = Build(
        "country:AA\tcountry\tArdenia\t\tRepublic of Ardenia\tAA\tARD\t\t\t10\t10\t0",
        "country:BB\tcountry\tBelmora\t\t\tBB\tBLM\t\t\t20\t20\t0",
        "admin1:AA-NO\tadmin1\tNorthmark\t\tNorthmark Province\tAA\t\tNO\tNorthmark\t11\t11\t400000",
        "admin1:AA-BY\tadmin1\tByron\t\t\tAA\t\tBY\tByron\t12\t12\t90000",
        "admin1:BB-BY\tadmin1\tByron\t\t\tBB\t\tBY\tByron\t21\t21\t80000",
        "gn:1\tcity\tNorthmark\t\t\tAA\t\tNO\tNorthmark\t11.1\t11.1\t300000",
        "gn:2\tcity\tByron\t\t\tAA\t\tBY\tByron\t12.1\t12.1\t4000",
        "gn:3\tcity\tSélva\tSelva\tSelwa\tAA\t\tNO\tNorthmark\t11.2\t11.2\t50000",
        "gn:4\tcity\tSelva\t\t\tBB\t\tBY\tByron\t21.1\t21.1\t40000",
        "gn:5\tcity\tOrrin\t\t\tAA\t\tNO\tNorthmark\t11.3\t11.3\t900000",
        "gn:6\tcity\tOrrin\t\t\tBB\t\tBY\tByron\t21.2\t21.2\t20000",
        "gn:7\tcity\tArdenia\t\t\tBB\t\tBY\tByron\t21.3\t21.3\t1500",
        "gn:8\tcity\tTarn\t\t\tBB\t\tBY\tByron\t21.4\t21.4\t3000",
        "gn:9\tcity\tKelda\t\t\tAA\t\tNO\tNorthmark\t11.4\t11.4\t120000",
        "gn:10\tcity\tOstrava\t\tKelda\tBB\t\tBY\tByron\t21.5\t21.5\t150000");

    [Theory]
    [InlineData("Northmark", null, PlaceHint.None, "gn:1")]                     // big city beats its namesake province
    [InlineData("Northmark province", null, PlaceHint.None, "admin1:AA-NO")]
    [InlineData("Northmark", null, PlaceHint.Admin1, "admin1:AA-NO")]
    [InlineData("Byron", "AA", PlaceHint.None, "admin1:AA-BY")]                 // small town yields to the division
    [InlineData("Byron", "BB", PlaceHint.None, "admin1:BB-BY")]
    [InlineData("Byron", "AA", PlaceHint.City, "gn:2")]
    [InlineData("Selva", "BB", PlaceHint.None, "gn:4")]
    [InlineData("Selwa", null, PlaceHint.None, "gn:3")]
    [InlineData("Orrin", null, PlaceHint.None, "gn:5")]                          // 45 times as populous
    [InlineData("Orrin", "BLM", PlaceHint.None, "gn:6")]
    [InlineData("Orrin", "Belmora", PlaceHint.None, "gn:6")]
    [InlineData("Ardenia", null, PlaceHint.None, "country:AA")]
    [InlineData("Ardenia", "BB", PlaceHint.None, "country:AA")]                 // a country name stays the country
    [InlineData("Republic of Ardenia", null, PlaceHint.None, "country:AA")]
    [InlineData("Ardenia", "BB", PlaceHint.City, "gn:7")]
    [InlineData("Tarn", "BB", PlaceHint.None, "gn:8")]                          // small town only with its country named
    [InlineData("Kelda", null, PlaceHint.None, "gn:9")]                         // own name beats a larger city's alternate
    [InlineData("Orrin region", "BB", PlaceHint.None, "admin1:BB-BY")]          // the division the named city lies in
    public void Resolves_by_hint_context_kind_and_population(string mention, string? context, PlaceHint hint, string expectedId)
    {
        Assert.Equal(expectedId, Tiny.Resolve(mention, context, hint)?.Id);
    }

    [Theory]
    [InlineData("Selva")]  // 50,000 against 40,000: not dominant
    [InlineData("Byron")]  // two divisions of similar size in two countries
    [InlineData("Nowhere")]
    [InlineData("Tarn")]   // a 3,000-people town is not guessed without country context
    public void Returns_null_when_unknown_or_evenly_matched(string mention)
    {
        Assert.Null(Tiny.Resolve(mention));
    }

    [Fact]
    public void A_city_leads_to_its_division_by_code()
    {
        var orrin = Tiny.Resolve("Orrin", "BB")!;
        Assert.Equal("admin1:BB-BY", Tiny.DivisionOf(orrin)?.Id);
        Assert.Same(Tiny.ById("country:BB"), Tiny.Countries.ByIso3("BLM"));
    }

    [Fact]
    public void Cities_take_the_iso3_code_of_their_country()
    {
        Assert.Equal("BLM", Tiny.Find("Orrin").Single(p => p.CountryIso2 == "BB").CountryIso3);
        Assert.Equal(["Selwa"], Tiny.Find("Selva").Single(p => p.CountryIso2 == "AA").AlternateNames);
    }

    private static Gazetteer Build(params string[] rows)
    {
        var text = "#id\tkind\tname\tascii\talternates\tiso2\tiso3\tadmin1_code\tadmin1_name\tlat\tlon\tpopulation\n"
            + string.Join('\n', rows) + "\n";
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        buffer.Position = 0;
        return Gazetteer.Load(buffer);
    }
}
