using Relata.Events.Ontology;

namespace Relata.Tests.Events.Ontology;

public class EventOntologyLookupTests
{
    private static readonly EventOntology Ontology = EventOntology.Default;

    [Theory]
    [InlineData("57")]
    [InlineData("0570")]
    [InlineData("21")]
    [InlineData("")]
    public void Unknown_or_zero_stripped_codes_are_not_found(string code)
    {
        Assert.False(Ontology.TryCameo(code, out _));
        Assert.Throws<KeyNotFoundException>(() => Ontology.Cameo(code));
        Assert.False(Ontology.TryPlover(code, out _));
    }

    [Fact]
    public void Span_lookup_finds_a_code_inside_a_larger_buffer()
    {
        var line = "event=0874;".AsSpan();
        Assert.True(Ontology.TryCameo(line.Slice(6, 4), out var code));
        Assert.Equal("Retreat or surrender militarily", code.Name);
    }

    [Theory]
    [InlineData("05", new[] { "050", "051", "052", "053", "054", "055", "056", "057" })]
    [InlineData("087", new[] { "0871", "0872", "0873", "0874" })]
    [InlineData("204", new[] { "2041", "2042" })]
    [InlineData("057", new string[0])]
    public void Children_are_the_direct_subcodes_in_codebook_order(string code, string[] children)
    {
        Assert.Equal(children, Ontology.ChildrenOf(code).Select(c => c.Code).ToArray());
    }

    [Fact]
    public void Children_of_an_unknown_code_is_an_error()
    {
        Assert.Throws<KeyNotFoundException>(() => Ontology.ChildrenOf("99"));
    }

    [Fact]
    public void Every_code_is_reachable_from_the_roots_through_children()
    {
        var reached = new HashSet<string>();
        var pending = new Stack<CameoCode>(Ontology.Roots);
        while (pending.TryPop(out var code))
        {
            Assert.True(reached.Add(code.Code));
            foreach (var child in Ontology.ChildrenOf(code.Code)) pending.Push(child);
        }
        Assert.Equal(Ontology.CameoCodes.Count, reached.Count);
    }

    [Theory]
    [InlineData("refugee", "migration")]
    [InlineData("Health", "disease")]
    [InlineData("disaster", "enviro_disaster")]
    [InlineData("military", "military")]
    public void Contexts_resolve_by_name_or_alias(string query, string canonical)
    {
        Assert.True(Ontology.TryPloverContext(query, out var context));
        Assert.Equal(canonical, context.Name);
    }

    [Fact]
    public void PLOVER_types_and_modes_are_found_case_insensitively()
    {
        var assault = Ontology.PloverType("assault");
        Assert.True(assault.TryMode("Firearms", out var mode));
        Assert.Equal("firearms", mode.Name);
        Assert.False(assault.TryMode("phone", out _));
        Assert.False(Ontology.TryPloverType("CRIME", out _));
    }
}
