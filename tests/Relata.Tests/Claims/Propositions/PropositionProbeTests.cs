using Xunit.Abstractions;

namespace Relata.Tests.Claims.Propositions;

public sealed class PropositionProbeTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Foreign Minister Sergei Lavrov said that Russia will recognise the Taliban government in due time.")]
    [InlineData("The Kremlin said Moscow has recognised the Afghan government.")]
    [InlineData("Maria Zakharova, the spokeswoman of the Russian Foreign Ministry, said that recognition of the Taliban is not on the agenda.")]
    [InlineData("An analyst at the institute said that formal recognition of the Taliban by Russia might still be a distant possibility.")]
    [InlineData("Pakistan accused the Taliban of sheltering Tehrik-i-Taliban Pakistan.")]
    [InlineData("Officials in Tashkent said Uzbekistan will expand trade with Afghanistan.")]
    [InlineData("The Iranian Foreign Ministry denied that Iran armed the Houthis.")]
    [InlineData("A State Department spokesman said Washington could lift sanctions on Venezuela.")]
    [InlineData("The general said the Taliban are not fighting ISIS-K in the north.")]
    [InlineData("The Chinese Foreign Ministry said: \"We are ready to cooperate with Afghanistan.\"")]
    public void Probe(string text)
    {
        var a = PropositionTestPipeline.Run(text);
        output.WriteLine(PropositionTestPipeline.Describe(a));
    }
}
