using System.Text;

namespace Relata.Ingest.Decoding;

/// <summary>
/// Canonical form of stored text: NFC; no soft hyphens, zero-width characters or stray controls;
/// "\n" line endings; runs of spaces collapsed; lines trimmed; at most one blank line between paragraphs.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        text = ToNfc(text);

        var sb = new StringBuilder(text.Length);
        int pendingNewlines = 0;
        bool pendingSpace = false, lineHasText = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
            if (c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085' or '\f' or '\v')
            {
                if (lineHasText || pendingNewlines > 0 || sb.Length > 0) pendingNewlines++;
                pendingSpace = false;
                lineHasText = false;
                continue;
            }
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF') continue;
            if (c is ' ' or '\t' or '\u00A0' or '\u3000' || (c >= '\u2000' && c <= '\u200A') || c is '\u202F' or '\u205F')
            {
                pendingSpace = lineHasText;
                continue;
            }
            if (char.IsControl(c)) continue;

            if (pendingNewlines > 0 && sb.Length > 0)
                sb.Append(pendingNewlines > 1 ? "\n\n" : "\n");
            else if (pendingSpace)
                sb.Append(' ');
            pendingNewlines = 0;
            pendingSpace = false;
            lineHasText = true;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string ToNfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalised; replace them and try once more.
            var chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                bool paired = char.IsHighSurrogate(chars[i]) ? i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])
                    : !char.IsLowSurrogate(chars[i]) || (i > 0 && char.IsHighSurrogate(chars[i - 1]));
                if (!paired) chars[i] = '\uFFFD';
                else if (char.IsHighSurrogate(chars[i])) i++;
            }
            return new string(chars).Normalize(NormalizationForm.FormC);
        }
    }
}
