using System.Xml;
using System.Xml.Schema;
using Relata.Tests.Support;

namespace Relata.Tests.Export;

/// <summary>Validates GEXF text against the GEXF 1.3 schema in Export/Schemas.</summary>
public static class GexfSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(() =>
    {
        var set = new XmlSchemaSet();
        set.Add("http://gexf.net/1.3", Path.Combine(TestPaths.RepoRoot, "tests", "Relata.Tests", "Export", "Schemas", "gexf-1.3.xsd"));
        set.Compile();
        return set;
    });

    public static IReadOnlyList<string> Errors(string gexf)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(gexf), settings);
        while (reader.Read()) { }
        return errors;
    }
}
