using Relata.Events.Ontology;

namespace Relata.Tests.Events.Ontology;

public class CameoSpotCheckTests
{
    private static readonly EventOntology Ontology = EventOntology.Default;

    [Theory]
    [InlineData("01", "MAKE PUBLIC STATEMENT", null, 0.0, QuadClass.VerbalCooperation)]
    [InlineData("010", "Make statement, not specified below", "01", 0.0, QuadClass.VerbalCooperation)]
    [InlineData("0211", "Appeal for economic cooperation", "021", 3.4, QuadClass.VerbalCooperation)]
    [InlineData("036", "Express intent to meet or negotiate", "03", 4.0, QuadClass.VerbalCooperation)]
    [InlineData("057", "Sign formal agreement", "05", 8.0, QuadClass.VerbalCooperation)]
    [InlineData("073", "Provide humanitarian aid", "07", 7.4, QuadClass.MaterialCooperation)]
    [InlineData("0874", "Retreat or surrender militarily", "087", 10.0, QuadClass.MaterialCooperation)]
    [InlineData("094", "Investigate war crimes", "09", -2.0, QuadClass.MaterialCooperation)]
    [InlineData("1121", "Accuse of crime, corruption", "112", -2.0, QuadClass.VerbalConflict)]
    [InlineData("145", "Protest violently, riot, not specified below", "14", -7.5, QuadClass.VerbalConflict)]
    [InlineData("163", "Impose embargo, boycott, or sanctions", "16", -8.0, QuadClass.MaterialConflict)]
    [InlineData("1822", "Torture", "182", -9.0, QuadClass.MaterialConflict)]
    [InlineData("190", "Use conventional military force, not specified below", "19", -10.0, QuadClass.MaterialConflict)]
    [InlineData("1952", "Employ remotely piloted aerial munitions", "195", -10.0, QuadClass.MaterialConflict)]
    [InlineData("2042", "Detonate nuclear weapons", "204", -10.0, QuadClass.MaterialConflict)]
    public void Well_known_codes_have_their_codebook_values(string code, string name, string? parent, double goldstein, QuadClass quad)
    {
        var cameo = Ontology.Cameo(code);
        Assert.Equal(name, cameo.Name);
        Assert.Equal(parent, cameo.Parent);
        Assert.Equal(goldstein, cameo.Goldstein);
        Assert.Equal(quad, cameo.QuadClass);
        Assert.Equal(code[..2], cameo.Root);
    }

    [Theory]
    [InlineData("036", "AGREE", null)]
    [InlineData("0311", "AGREE", null)]
    [InlineData("042", "CONSULT", "visit")]
    [InlineData("043", "CONSULT", "visit")]
    [InlineData("044", "CONSULT", "third-party")]
    [InlineData("057", "SUPPORT", null)]
    [InlineData("0233", "REQUEST", "assist")]
    [InlineData("073", "AID", "humanitarian")]
    [InlineData("0841", "RETREAT", "release")]
    [InlineData("0871", "RETREAT", "ceasefire")]
    [InlineData("091", "ACCUSE", "investigate")]
    [InlineData("1053", "REQUEST", "yield")]
    [InlineData("116", "SANCTION", "convict")]
    [InlineData("1382", "THREATEN", "territory")]
    [InlineData("1413", "PROTEST", "demo")]
    [InlineData("154", "MOBILIZE", "troops")]
    [InlineData("163", "SANCTION", "sever")]
    [InlineData("173", "COERCE", "arrest")]
    [InlineData("1831", "ASSAULT", "suicide-attack")]
    [InlineData("193", "ASSAULT", "firearms")]
    [InlineData("195", "ASSAULT", "aerial")]
    [InlineData("2041", "ASSAULT", null)]
    public void CAMEO_codes_map_to_their_PLOVER_type_and_mode(string code, string type, string? mode)
    {
        var mapping = Ontology.Plover(code);
        Assert.Equal(type, mapping.Type?.Name);
        Assert.Equal(mode, mapping.Mode?.Name);
    }

    [Theory]
    [InlineData("010")]
    [InlineData("019")]
    public void Public_statements_have_no_PLOVER_counterpart(string code)
    {
        var mapping = Ontology.Plover(code);
        Assert.False(mapping.HasCounterpart);
        Assert.Null(mapping.Mode);
    }

    [Theory]
    [InlineData("2041", "cbrn")]
    [InlineData("1122", "human_rights")]
    [InlineData("0254", "economic")]
    public void Crosswalk_carries_the_implied_context(string code, string context)
    {
        Assert.Contains(Ontology.Plover(code).Contexts, c => c.Name == context);
    }
}
