using Relata.Actors;
using static Relata.Tests.Actors.ActorFixtures;

namespace Relata.Tests.Actors;

/// <summary>The linker keeps per-thread caches across documents: they must never carry one knowledge base's names into another's.</summary>
public class KnowledgeBaseSwitchTests
{
    [Fact]
    public void Documents_alternating_between_knowledge_bases_link_each_with_its_own_names()
    {
        var extended = ActorKnowledgeBase.Load(FixtureFiles().Append(("user.yaml", (TextReader)new StringReader(
            "kind: state\nactors:\n  - {id: ZNT, name: Zantoria}\n"))), includeBundledActors: false);
        const string text = "Officials from Zantoria and Russia met on Tuesday.";
        for (int round = 0; round < 3; round++)
        {
            Assert.Contains(Analyse(text, kb: extended).Mentions, m => m.Text == "Zantoria" && m.ActorId == "ZNT");
            var plain = Analyse(text, kb: Kb);
            Assert.DoesNotContain(plain.Mentions, m => m.ActorId == "ZNT");
            Assert.Contains(plain.Mentions, m => m.Text == "Russia" && m.ActorId == "RUS");
        }
    }
}
