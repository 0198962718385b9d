using System.Text;
using Relata.Documents;

namespace Relata.Actors.Evaluation;

/// <summary>A gold mention: span, actor id, and whether the name stands for a place there.</summary>
public sealed record GoldMention(TextSpan Span, string Text, string ActorId, bool IsPlace);

/// <summary>
/// A development-set document written as plain text with inline gold annotations:
/// <c>[[surface|ACTOR-ID]]</c> for an actor, <c>[[surface|@STATE-ID]]</c> for a place. Header lines at the top
/// start with <c>#</c> (<c># date: 2024-02-10</c>, <c># title: …</c>).
/// </summary>
public sealed record AnnotatedText(string Name, string Text, DateOnly? Date, IReadOnlyList<GoldMention> Gold)
{
    public static AnnotatedText Parse(string name, string source)
    {
        DateOnly? date = null;
        var lines = source.Replace("\r\n", "\n").Split('\n');
        int bodyStart = 0;
        while (bodyStart < lines.Length && lines[bodyStart].StartsWith('#'))
        {
            string header = lines[bodyStart].TrimStart('#').Trim();
            if (header.StartsWith("date:", StringComparison.Ordinal))
                date = DateOnly.ParseExact(header[5..].Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            bodyStart++;
        }
        string body = string.Join('\n', lines[bodyStart..]).Trim('\n');
        var text = new StringBuilder(body.Length);
        var gold = new List<GoldMention>();
        int i = 0;
        while (i < body.Length)
        {
            int open = body.IndexOf("[[", i, StringComparison.Ordinal);
            if (open < 0) { text.Append(body, i, body.Length - i); break; }
            int close = body.IndexOf("]]", open, StringComparison.Ordinal);
            int bar = body.IndexOf('|', open);
            if (close < 0 || bar < 0 || bar > close) throw new FormatException($"{name}: unbalanced annotation at offset {open}");
            text.Append(body, i, open - i);
            string surface = body[(open + 2)..bar];
            string id = body[(bar + 1)..close].Trim();
            int start = text.Length;
            text.Append(surface);
            bool place = id.StartsWith('@');
            gold.Add(new GoldMention(new TextSpan(start, text.Length), surface, place ? id[1..] : id, place));
            i = close + 2;
        }
        return new AnnotatedText(name, text.ToString(), date, gold);
    }
}
