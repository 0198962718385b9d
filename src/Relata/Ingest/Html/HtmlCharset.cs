using System.Text.RegularExpressions;

namespace Relata.Ingest.Html;

/// <summary>The charset an HTML or XML document declares in its first bytes (meta charset, http-equiv, XML declaration).</summary>
internal static partial class HtmlCharset
{
    public static string? Declared(ReadOnlySpan<byte> bytes)
    {
        var m = Declaration().Match(Sniffing.Head(bytes));
        return m.Success ? m.Groups["cs"].Value : null;
    }

    [GeneratedRegex(@"(?:<meta[^>]{0,200}?charset\s*=\s*[""']?|<\?xml[^>]{0,100}?encoding\s*=\s*[""'])(?<cs>[a-z0-9_\-:.]{2,40})", RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();
}
