using System.Runtime.InteropServices;
using Relata.Documents;

namespace Relata.Pipeline;

/// <summary>Navigation over the segmentation layer.</summary>
public sealed partial class DocumentAnalysis
{
    /// <summary>The tokens of <paramref name="sentence"/>, without copying.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) =>
        CollectionsMarshal.AsSpan(Tokens).Slice(sentence.FirstToken, sentence.TokenCount);

    public Paragraph ParagraphOf(Sentence sentence) => Paragraphs[sentence.Paragraph];

    /// <summary>Index of the token that contains <paramref name="offset"/>, or -1 between tokens.</summary>
    public int TokenIndexAt(int offset)
    {
        int lo = 0, hi = Tokens.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var token = Tokens[mid];
            if (offset < token.Start) hi = mid - 1;
            else if (offset >= token.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary><see cref="TokenIndexAt(int)"/>, searched in <paramref name="sentence"/> first, where the offset almost always is.</summary>
    public int TokenIndexAt(int offset, Sentence sentence)
    {
        var tokens = TokensOf(sentence);
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < tokens[mid].Start) hi = mid - 1;
            else if (offset >= tokens[mid].End) lo = mid + 1;
            else return sentence.FirstToken + mid;
        }
        return TokenIndexAt(offset);
    }

    /// <summary>The role of the paragraph holding <paramref name="offset"/>; Body when it falls between paragraphs.</summary>
    public ParagraphRole RoleAt(int offset)
    {
        int lo = 0, hi = Paragraphs.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var span = Paragraphs[mid].Span;
            if (offset < span.Start) hi = mid - 1;
            else if (offset >= span.End) lo = mid + 1;
            else return Paragraphs[mid].Role;
        }
        return ParagraphRole.Body;
    }
}
