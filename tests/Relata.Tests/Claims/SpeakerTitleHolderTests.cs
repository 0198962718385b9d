using System.Globalization;
using Relata.Documents;
using Relata.Pipeline;
using Relata.Tests.Support;

namespace Relata.Tests.Claims;

/// <summary>"X's special representative …": the speaker is the holder of X's title named nearby, never X.</summary>
public sealed class SpeakerTitleHolderTests
{
    private static readonly Lazy<RelataPipeline> Pipeline = new(() => DefaultPipeline.Create());

    [Theory]
    [InlineData("In May 2019, Vladimir Putin's special representative for Afghanistan told reporters that the Doha talks were useful. Zamir Kabulov later met the delegation.",
        "per.zamir-kabulov")]
    [InlineData("Zamir Kabulov arrived in Doha on Sunday. Vladimir Putin's special representative for Afghanistan said the talks were useful.", "per.zamir-kabulov")]
    [InlineData("Recep Tayyip Erdogan's chief economic adviser said the offer still stood.", null)]
    public void Possessed_title_resolves_to_its_holder_nearby(string text, string? speaker)
    {
        var analysis = Pipeline.Value.Run(TestDocuments.Text("doc", text, new DocumentMetadata
        {
            PublishedDate = DateOnly.ParseExact("2019-05-20", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));
        var claim = Assert.Single(analysis.Claims);
        Assert.Equal(speaker, claim.Speaker?.ActorId);
    }
}
