using Relata.Events.Ontology;

namespace Relata.Tests.Events.Ontology;

public class OntologyConsistencyTests
{
    private static readonly EventOntology Ontology = EventOntology.Default;

    // GDELT's published grouping of CAMEO roots into QuadClass (CAMEO.eventcodes.txt headings).
    private static QuadClass GdeltQuadClass(string root) => int.Parse(root) switch
    {
        <= 5 => QuadClass.VerbalCooperation,
        <= 9 => QuadClass.MaterialCooperation,
        <= 14 => QuadClass.VerbalConflict,
        _ => QuadClass.MaterialConflict,
    };

    [Fact]
    public void Roots_are_exactly_01_to_20_in_order()
    {
        var expected = Enumerable.Range(1, 20).Select(i => i.ToString("00")).ToArray();
        Assert.Equal(expected, Ontology.Roots.Select(r => r.Code).ToArray());
        Assert.All(Ontology.Roots, r => Assert.Equal(r.Code, r.Root));
    }

    [Fact]
    public void Codes_are_unique()
    {
        var duplicates = Ontology.CameoCodes.GroupBy(c => c.Code).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_non_root_code_has_an_existing_parent_that_is_its_prefix()
    {
        foreach (var code in Ontology.CameoCodes.Where(c => !c.IsRoot))
        {
            Assert.True(Ontology.TryCameo(code.Parent!, out var parent), $"{code.Code}: parent {code.Parent} missing");
            Assert.StartsWith(parent.Code, code.Code);
            Assert.Equal(code.Code.Length - 1, parent.Code.Length);
            Assert.Equal(parent.Root, code.Root);
        }
    }

    [Fact]
    public void Codes_have_two_to_four_digits()
    {
        Assert.All(Ontology.CameoCodes, c => Assert.Matches("^[0-9]{2,4}$", c.Code));
    }

    [Fact]
    public void Goldstein_weights_lie_within_the_scale()
    {
        Assert.All(Ontology.CameoCodes, c => Assert.InRange(c.Goldstein, -10.0, 10.0));
    }

    [Fact]
    public void Quad_class_follows_the_GDELT_root_mapping()
    {
        Assert.All(Ontology.CameoCodes, c => Assert.Equal(GdeltQuadClass(c.Root), c.QuadClass));
    }

    [Fact]
    public void Four_digit_codes_inherit_their_parents_weight_unless_the_table_sets_their_own()
    {
        // The published Goldstein table gives these 4-digit codes weights of their own.
        string[] ownWeight = ["0334", "0874", "1821", "1822", "1823"];
        foreach (var code in Ontology.CameoCodes.Where(c => c.Level == 3 && !ownWeight.Contains(c.Code)))
            Assert.True(Ontology.Cameo(code.Parent!).Goldstein == code.Goldstein, $"{code.Code} differs from {code.Parent}");
    }

    [Fact]
    public void Code_count_matches_the_CAMEO_1_1b3_codebook()
    {
        Assert.Equal("1.1b3", Ontology.CameoVersion);
        Assert.Equal(20, Ontology.Roots.Count);
        Assert.InRange(Ontology.CameoCodes.Count(c => !c.IsRoot), 290, 310);
    }

    [Fact]
    public void Every_code_has_a_name_and_description()
    {
        Assert.All(Ontology.CameoCodes, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Name), c.Code);
            Assert.False(string.IsNullOrWhiteSpace(c.Description), c.Code);
        });
    }

    [Fact]
    public void Every_CAMEO_code_maps_to_an_existing_PLOVER_type_and_mode()
    {
        foreach (var code in Ontology.CameoCodes)
        {
            Assert.True(Ontology.TryPlover(code.Code, out var mapping), $"{code.Code} has no crosswalk entry");
            Assert.Same(code, mapping.Cameo);
            if (mapping.Type is null)
            {
                Assert.Null(mapping.Mode);
                continue;
            }
            Assert.Contains(mapping.Type, Ontology.PloverTypes);
            if (mapping.Mode is not null) Assert.Contains(mapping.Mode, mapping.Type.Modes);
            Assert.All(mapping.Contexts, ctx => Assert.Contains(ctx, Ontology.PloverContexts));
        }
    }

    [Fact]
    public void Only_public_statements_lack_a_PLOVER_counterpart()
    {
        var unmapped = Ontology.CameoCodes.Where(c => !Ontology.Plover(c.Code).HasCounterpart).Select(c => c.Root).Distinct();
        Assert.Equal(["01"], unmapped);
    }

    [Fact]
    public void PLOVER_has_its_sixteen_types_with_their_quad_categories()
    {
        var expected = new Dictionary<string, QuadClass>
        {
            ["AGREE"] = QuadClass.VerbalCooperation, ["CONSULT"] = QuadClass.VerbalCooperation,
            ["SUPPORT"] = QuadClass.VerbalCooperation, ["CONCEDE"] = QuadClass.VerbalCooperation,
            ["COOPERATE"] = QuadClass.MaterialCooperation, ["AID"] = QuadClass.MaterialCooperation,
            ["RETREAT"] = QuadClass.MaterialCooperation,
            ["REQUEST"] = QuadClass.VerbalConflict, ["ACCUSE"] = QuadClass.VerbalConflict,
            ["REJECT"] = QuadClass.VerbalConflict, ["THREATEN"] = QuadClass.VerbalConflict,
            ["PROTEST"] = QuadClass.MaterialConflict, ["SANCTION"] = QuadClass.MaterialConflict,
            ["MOBILIZE"] = QuadClass.MaterialConflict, ["COERCE"] = QuadClass.MaterialConflict,
            ["ASSAULT"] = QuadClass.MaterialConflict,
        };
        Assert.Equal(expected.Count, Ontology.PloverTypes.Count);
        Assert.All(Ontology.PloverTypes, t => Assert.Equal(expected[t.Name], t.QuadClass));
    }

    [Fact]
    public void Every_PLOVER_type_is_reached_by_some_CAMEO_code()
    {
        var reached = Ontology.CameoCodes.Select(c => Ontology.Plover(c.Code).Type).OfType<PloverType>().ToHashSet();
        Assert.Equal(Ontology.PloverTypes.Count, reached.Count);
    }
}
