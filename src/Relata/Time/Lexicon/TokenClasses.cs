using Relata.Documents;

namespace Relata.Time.Lexicon;

/// <summary>
/// The <see cref="WordClass"/> bits of a document's fine tokens, looked up at most once per token on first use.
/// A working buffer: <see cref="Reset"/> it for each document and <see cref="Grow"/> it as tokens are appended.
/// </summary>
public sealed class TokenClasses(WordClassTable table)
{
    private WordClass[] _bits = new WordClass[256];
    private int _used;
    private string _text = "";
    private List<Token> _tokens = [];

    public WordClassTable Table => table;

    public void Reset(string text, List<Token> tokens)
    {
        Array.Clear(_bits, 0, _used);
        _used = 0;
        _text = text;
        _tokens = tokens;
        // Sized once for the tokens the list has room for, rather than doubled as they arrive.
        if (_bits.Length < tokens.Capacity) _bits = new WordClass[tokens.Capacity];
        Grow();
    }

    /// <summary>Makes room for every token now in the list (new entries start unknown).</summary>
    public void Grow()
    {
        int n = _tokens.Count;
        if (n > _bits.Length) Array.Resize(ref _bits, Math.Max(n, _bits.Length * 2));
        if (n > _used) _used = n;
    }

    /// <summary>True when the buffer is larger than is worth keeping between documents.</summary>
    public bool Oversized => _bits.Length > 1 << 20;

    public WordClass this[int i]
    {
        get
        {
            var c = _bits[i];
            if (c == 0) _bits[i] = c = Compute(i);
            return c;
        }
    }

    /// <summary>The slots of tokens 0..<paramref name="count"/>, for the caller to store classes looked up in <see cref="Table"/> (the list may not hold those tokens yet).</summary>
    internal Span<WordClass> Reserve(int count)
    {
        if (count > _bits.Length) Array.Resize(ref _bits, Math.Max(count, _bits.Length * 2));
        return _bits.AsSpan(0, count);
    }

    private WordClass Compute(int i)
    {
        var token = _tokens[i];
        return table.Classify(_text.AsSpan(token.Start, token.End - token.Start));
    }
}
