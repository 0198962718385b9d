using Relata.Documents;

namespace Relata.Text;

/// <summary>Recognises list-item markers at the start of a paragraph: "- ", "• ", "* ", "1. ", "2) ", "(a) ", "b) ".</summary>
public static class ListMarker
{
    /// <summary>Length of the marker plus the spaces after it, or 0 when the paragraph is not a list item.</summary>
    public static int Length(string text, TextSpan paragraph)
    {
        int start = paragraph.Start, end = paragraph.End, i = start;
        if (i >= end) return 0;
        char c = text[i];
        if (IsBulletSymbol(c))
        {
            i++;
        }
        else if (char.IsAsciiDigit(c))
        {
            while (i < end && i - start < 3 && char.IsAsciiDigit(text[i])) i++;
            if (i >= end || text[i] is not ('.' or ')')) return 0;
            i++;
        }
        else if (c == '(' && i + 2 < end && char.IsAsciiLetterOrDigit(text[i + 1]) && text[i + 2] == ')')
        {
            i += 3;
        }
        else if (char.IsAsciiLetterLower(c) && i + 1 < end && text[i + 1] == ')')
        {
            i += 2;
        }
        else
        {
            return 0;
        }
        int markerEnd = i;
        while (i < end && text[i] is ' ' or '\t' or '\u00A0') i++;
        // A marker needs a space after it and some content ("-5 degrees" and "2." alone are not list items).
        return i > markerEnd && i < end ? i - start : 0;
    }

    private static bool IsBulletSymbol(char c) => c is '-' or '\u2013' or '\u2014' or '\u2022' or '\u00B7' or '*'
        or '\u25AA' or '\u25AB' or '\u25E6' or '\u2023' or '\u25CB' or '\u25CF' or '\u25A0' or '\u25A1'
        or '\u25BA' or '\u25B8' or '\u27A2' or '\u2713' or '\u2714' or '\u2192' or '\u2043';
}
