using Relata.Actors;
using Relata.Claims;
using Relata.Claims.Propositions;
using Relata.Documents;
using Relata.Pipeline;
using Relata.Tests.Support;
using Relata.Text;
using Relata.Time;
using Relata.Topics;

namespace Relata.Tests.Claims.Propositions;

internal static class PropositionTestPipeline
{
    public static readonly RelataPipeline Pipeline = new RelataPipelineBuilder()
        .UseSegmentation().UseTime().UseActors().UseTopics().UseClaims(new MentionSpeakerLinker()).UsePropositions().Build();

    public static DocumentAnalysis Run(string text, string date = "2025-03-01") =>
        Pipeline.Run(TestDocuments.Text("doc", text, new DocumentMetadata { PublishedDate = DateOnly.Parse(date) }));

    public static string Describe(DocumentAnalysis a) => string.Join("\n",
        a.Claims.Select(c => $"{c.Id} [{c.SpeakerText}→{c.Speaker?.ActorId}] {c.Cue.Lemma}/{c.Cue.Type} fut={c.Future}: {c.ClaimText}")
            .Concat(a.Mentions.Select(m => $"  mention '{m.Text}' {m.ActorId} {m.Kind} {m.Actor?.Type}"))
            .Concat(a.Propositions.Select(p => $"  prop {p.ClaimId} {p.Key} '{p.Label}' {p.Stance} {p.Temporal} by={p.HolderSource} trig={p.Trigger} [{string.Join(",", p.Markers.Select(m => m.Kind + ":" + m.Text))}]")));
}
