using Relata.Documents;
using Relata.Text;

namespace Relata.Actors.Linking;

/// <summary>
/// Which of the closed word classes of <see cref="Words"/> each token of a document belongs to, found with one
/// lookup on first use and remembered: the name rules ask the same tokens several times over (a name run is
/// walked again from each of its words), and each ask used to hash the word once per class.
/// </summary>
internal sealed class TokenWordClasses
{
    [Flags]
    public enum Class : byte
    {
        None = 0,
        Known = 1,
        Function = 2,
        MonthOrDay = 4,
        OrgSuffix = 8,
        Institution = 16,
        Particle = 32,
    }

    private static readonly Dictionary<string, Class> s_ordinal = BuildOrdinal();
    private static readonly Dictionary<string, Class>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_ordinal.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly WordFilter s_filter = BuildFilter();

    private static Dictionary<string, Class> BuildOrdinal()
    {
        var d = new Dictionary<string, Class>(StringComparer.Ordinal);
        void Add(SpanWordSet set, Class c)
        {
            foreach (string w in set) d[w] = d.GetValueOrDefault(w) | c;
        }
        Add(Words.FunctionWords, Class.Function);
        Add(Words.OrgSuffixes, Class.OrgSuffix);
        Add(Words.InstitutionWords, Class.Institution);
        Add(Words.NameParticles, Class.Particle);
        return d;
    }

    private static WordFilter BuildFilter()
    {
        var f = new WordFilter();
        foreach (string w in s_ordinal.Keys) f.Add(w);
        foreach (string w in Words.MonthsAndDays) f.Add(w);
        return f;
    }

    [ThreadStatic] private static TokenWordClasses? t_current;
    private string _text = "";
    private List<Token> _tokens = [];
    private Class[] _classes = [];

    /// <summary>This thread's table, cleared for the document (one document is linked at a time per thread).</summary>
    public static TokenWordClasses ForDocument(string text, List<Token> tokens)
    {
        var c = t_current ??= new TokenWordClasses();
        c._text = text;
        c._tokens = tokens;
        if (c._classes.Length < tokens.Count) c._classes = new Class[Math.Max(tokens.Count, c._classes.Length * 2)];
        else Array.Clear(c._classes, 0, tokens.Count);
        return c;
    }

    /// <summary>True when token <paramref name="i"/> (its whole text) is in any of <paramref name="classes"/>.</summary>
    public bool Is(int i, Class classes)
    {
        var c = _classes[i];
        if (c == Class.None)
        {
            var t = _tokens[i];
            _classes[i] = c = Of(_text.AsSpan(t.Start, t.End - t.Start)) | Class.Known;
        }
        return (c & classes) != 0;
    }

    public static Class Of(ReadOnlySpan<char> word)
    {
        if (!s_filter.MayContain(word)) return Class.None;
        var c = s_lookup.TryGetValue(word, out var k) ? k : Class.None;
        if (Words.MonthsAndDays.Contains(word)) c |= Class.MonthOrDay;
        return c;
    }
}
