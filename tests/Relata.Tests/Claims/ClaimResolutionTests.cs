using Relata.Claims;
using Relata.Documents;
using Relata.Pipeline;
using Relata.Tests.Support;
using Relata.Text;

namespace Relata.Tests.Claims;

public sealed class ClaimResolutionTests
{
    private static DocumentAnalysis Run(string text, string? author = null, IClaimSpeakerLinker? linker = null) =>
        new RelataPipelineBuilder().UseSegmentation().UseClaims(linker).Build()
            .Run(TestDocuments.Text("doc", text, author is null ? null : new DocumentMetadata { Author = author }));

    [Theory]
    // text, index of the pronoun claim, expected speaker, expected source claim id ("" = unresolved)
    [InlineData("Sheikh Tamim said Doha would keep its office open. He added that talks could resume in May.", 1, "Sheikh Tamim", "c1")]
    [InlineData("The ministry said the talks had stalled. She said the door remained open.", 1, "She", "")]
    [InlineData("Ruto said Kenya would send police. The cabinet said funding was agreed. He said the first unit would leave in June.", 2, "Ruto", "c1")]
    [InlineData("The foreign ministry said the border was calm. It added that patrols had been doubled.", 1, "The foreign ministry", "c1")]
    [InlineData("Officials said the road had reopened. They added that convoys would follow.", 1, "Officials", "c1")]
    [InlineData("Grossi said inspectors were on site. He added that access was limited. He stressed that the reactor was safe.", 2, "Grossi", "c1")]
    public void Pronoun_speakers_resolve_to_the_latest_fitting_earlier_speaker(string text, int index, string speaker, string from)
    {
        var claims = Run(text).Claims;
        var claim = claims[index];
        Assert.Equal(speaker, claim.SpeakerText);
        Assert.NotNull(claim.Resolution);
        if (from.Length == 0)
        {
            Assert.False(claim.Resolution.Resolved);
            Assert.Equal(claim.Resolution.PronounSpan, claim.SpeakerSpan);
        }
        else
        {
            Assert.Equal(from, claim.Resolution.FromClaimId);
            var source = claims.Single(c => c.Id == from);
            Assert.Equal(source.SpeakerSpan, claim.SpeakerSpan);
            Assert.Equal(source.Evidence.Sentence, claim.Resolution.FromSentence);
            Assert.Equal(claim.Resolution.Pronoun, claim.Resolution.PronounSpan.Slice(text));
        }
    }

    [Fact]
    public void Pronouns_far_from_any_speaker_stay_unresolved()
    {
        string filler = string.Concat(Enumerable.Repeat("The river rose again. ", 10));
        var claims = Run("Lavrov said the meeting went well. " + filler + "He said nothing had changed.").Claims;
        Assert.Equal(2, claims.Count);
        Assert.False(claims[1].Resolution!.Resolved);
    }

    [Theory]
    // text, expected claim text, first sentence, last sentence (of the claim), cue sentence
    [InlineData("“We came to listen. We leave with a plan,” the envoy said.", "We came to listen. We leave with a plan", 0, 1, 1)]
    [InlineData("The envoy said: “We came to listen. We leave with a plan.” The talks ended.", "We came to listen. We leave with a plan.", 0, 1, 0)]
    [InlineData("Intro text here. “First point. Second point. Third point,” she said.", "First point. Second point. Third point", 1, 3, 3)]
    public void Quotes_over_several_sentences_make_one_claim(string text, string claimText, int first, int last, int cueSentence)
    {
        var analysis = Run(text);
        var claim = Assert.Single(analysis.Claims, c => c.Quoted);
        Assert.Equal(claimText, claim.ClaimText);
        Assert.Equal(first, claim.Evidence.FirstSentence);
        Assert.Equal(last, claim.Evidence.LastSentence);
        Assert.Equal(cueSentence, claim.Evidence.Sentence);
    }

    [Fact]
    public void Sentences_inside_an_attributed_quote_do_not_become_author_judgements()
    {
        var claims = Run("Kabulov told the forum: “Relations will likely improve. Trade could double.” Delegates listened.", author: "A. Writer").Claims;
        var claim = Assert.Single(claims);
        Assert.False(claim.AuthorJudgement);
        Assert.Equal("Kabulov", claim.SpeakerText);
    }

    [Fact]
    public void Speaker_linker_fills_the_speaker_slot()
    {
        var linker = new DelegateSpeakerLinker((claim, analysis) =>
            claim.SpeakerHeadSpan is { } head && head.Slice(analysis.Text) == "Sergei Lavrov"
                ? new SpeakerRef("person/lavrov", "Sergei Lavrov", "RUSGOV", head)
                : null);
        var analysis = Run("Foreign Minister Sergei Lavrov said the talks were useful. Officials said little.", linker: linker);
        Assert.Equal("person/lavrov", analysis.Claims[0].Speaker?.ActorId);
        Assert.Null(analysis.Claims[1].Speaker);
        Assert.Equal(1, ClaimSpeakers.Link(analysis, linker));
    }

    [Fact]
    public void Default_pipeline_leaves_the_speaker_slot_empty_and_linker_can_be_swapped()
    {
        var builder = new RelataPipelineBuilder().UseSegmentation().UseClaims();
        Assert.Null(builder.Build().Run(TestDocuments.Text("d", "Lavrov said the talks were useful.")).Claims.Single().Speaker);
        builder.UseClaimSpeakerLinker(new DelegateSpeakerLinker((_, _) => new SpeakerRef(null, "x")));
        Assert.NotNull(builder.Build().Run(TestDocuments.Text("d", "Lavrov said the talks were useful.")).Claims.Single().Speaker);
    }

    [Fact]
    public void Bundled_cue_lexicon_covers_the_required_cue_types()
    {
        var lexicon = ClaimLexicon.Bundled;
        Assert.All(Enum.GetValues<CueType>(), t => Assert.Contains(lexicon.Cues, c => c.Type == t));
        Assert.Contains(lexicon.Cues, c => c.Lemma == "deny" && c.Polarity == ClaimStance.Against);
        Assert.Contains(lexicon.Cues, c => c.Lemma == "according to" && c.Frame == CueFrame.Source);
    }

    [Theory]
    [InlineData("cues: [{ lemma: x, forms: [x], type: shouting }]")]
    [InlineData("cues: [{ lemma: x, forms: [] }]")]
    [InlineData("cues: [{ lemma: x, forms: [x], frame: sideways }]")]
    public void Malformed_cue_files_are_rejected(string yaml) =>
        Assert.Throws<ClaimLexiconException>(() => ClaimLexicon.Parse(yaml, "generic_heads: [x]"));
}
