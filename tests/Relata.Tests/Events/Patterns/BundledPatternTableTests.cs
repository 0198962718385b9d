using Relata.Data;
using Relata.Events.Ontology;
using Relata.Events.Patterns;

namespace Relata.Tests.Events.Patterns;

public class BundledPatternTableTests
{
    private static readonly EventPatternSet Set = EventPatternSet.Default;

    [Fact]
    public void Bundled_tables_load_and_validate()
    {
        var set = EventPatternLoader.LoadBundled(EventOntology.Default);
        Assert.True(set.Patterns.Count >= 300, $"only {set.Patterns.Count} patterns");
    }

    [Fact]
    public void Every_cameo_root_has_a_table_with_patterns()
    {
        foreach (var root in EventOntology.Default.Roots)
        {
            var files = BundledData.List(EventPatternLoader.Folder).Where(f => Path.GetFileName(f).StartsWith(root.Code + "-")).ToList();
            Assert.Single(files);
            Assert.Contains(Set.Patterns, p => p.File == files[0]);
        }
    }

    [Fact]
    public void Every_pattern_code_exists_in_the_ontology_and_belongs_to_its_file_root()
    {
        foreach (var pattern in Set.Patterns)
        {
            Assert.True(EventOntology.Default.TryCameo(pattern.Code, out _), pattern.ToString());
            Assert.StartsWith(pattern.Code[..2] + "-", Path.GetFileName(pattern.File));
        }
    }

    [Fact]
    public void Every_pattern_is_indexed_under_its_trigger()
    {
        foreach (var pattern in Set.Patterns)
        {
            var word = pattern.Trigger switch
            {
                PatternElement.VerbLemma v => v.Lemma,
                PatternElement.Literal l => l.Word,
                PatternElement.Choice c => c.Alternatives[0][0],
                _ => throw new InvalidOperationException(pattern.ToString()),
            };
            Assert.Contains(pattern, Set.CandidatesFor(word).ToArray());
        }
    }

    [Fact]
    public void Contexts_are_canonical_plover_context_names()
    {
        var names = EventOntology.Default.PloverContexts.Select(c => c.Name).ToHashSet();
        foreach (var pattern in Set.Patterns)
            foreach (var context in pattern.Contexts)
                Assert.Contains(context, names);
    }

    [Fact]
    public void Candidate_lookup_is_case_insensitive_and_empty_for_other_words()
    {
        Assert.False(Set.CandidatesFor("Visited").IsEmpty);
        Assert.False(Set.CandidatesFor("TRAVELLED").IsEmpty);
        Assert.True(Set.CandidatesFor("zebra").IsEmpty);
    }
}
