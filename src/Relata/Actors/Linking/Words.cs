namespace Relata.Actors.Linking;

/// <summary>Small closed word classes the linking and candidate rules test against.</summary>
internal static class Words
{
    public static readonly SpanWordSet PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "in", "at", "from", "near", "via", "through", "into", "outside", "inside", "around", "across",
        "toward", "towards", "within", "throughout", "between",
    };

    /// <summary>Verbs of movement whose object is a place ("visited Tashkent", "left Kabul").</summary>
    public static readonly SpanWordSet PlaceVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "visited", "visiting", "visit", "visits", "reached", "reaching", "toured", "touring", "entered", "entering",
        "left", "leaving", "flew", "fled", "captured", "bombed", "shelled", "besieged", "evacuated",
    };

    /// <summary>Nouns that make "X of &lt;name&gt;" a place ("the streets of Caracas").</summary>
    public static readonly SpanWordSet PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "streets", "outskirts", "centre", "center", "suburbs", "city", "heart", "north", "south", "east", "west",
        "parts", "airport", "residents", "people", "mayor", "governor", "province", "districts", "neighbourhoods",
    };

    /// <summary>Single-word institution names that are only the KB's body when not part of a longer proper name ("Berlin Congress").</summary>
    public static readonly SpanWordSet InstitutionWords = new(StringComparer.Ordinal)
    {
        "Congress", "Parliament", "Senate", "Assembly", "Council", "Government", "Army", "Court", "Ministry", "Union",
        "Cabinet", "Presidency", "Commission", "Committee", "Pentagon", "Navy", "Police", "Treasury",
    };

    public static readonly SpanWordSet OrgSuffixes = new(StringComparer.Ordinal)
    {
        "Ministry", "Council", "Agency", "Corporation", "Corp", "Forum", "Organisation", "Organization", "Party", "Front",
        "Movement", "Army", "Bank", "Company", "Committee", "Commission", "Union", "Institute", "University", "Group",
        "Association", "Alliance", "Authority", "Service", "Services", "Court", "Assembly", "Congress", "Parliament",
        "Brigade", "Brigades", "Battalion", "Foundation", "Fund", "Programme", "Program", "Office", "Centre", "Center",
        "Network", "Coalition", "Federation", "League", "Forces", "Guard", "Guards", "Department", "Bureau", "Board",
        "Secretariat", "Mission", "Initiative", "Partnership", "Railways", "Airlines", "Holding", "Group", "Inc", "Ltd",
        "Club", "Society", "Chamber", "Parliament", "Senate", "Duma", "Council", "Academy", "School", "College", "Cooperation", "Community", "Command", "Directorate",
    };

    public static readonly SpanWordSet MonthsAndDays = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    /// <summary>Capitalised words that start sentences or headings and are not names.</summary>
    public static readonly SpanWordSet FunctionWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "As", "While", "After", "Before", "Since", "When",
        "Where", "If", "Although", "Though", "Yet", "So", "This", "That", "These", "Those", "It", "Its", "He", "She",
        "They", "We", "I", "His", "Her", "Their", "Our", "Mr", "Mrs", "Ms", "Dr", "Prof", "Meanwhile", "However",
        "Moreover", "Furthermore", "Still", "Also", "With", "Without", "By", "From", "To", "Of", "Under", "Over",
        "During", "Despite", "Amid", "Among", "Because", "Unlike", "Like", "Both", "Neither", "Either", "Such", "Some",
        "Many", "Most", "All", "Each", "Every", "No", "Not", "There", "Here", "Then", "Now", "Today", "Yesterday",
        "Tomorrow", "Last", "Next", "First", "Second", "Third", "Finally", "Ultimately", "Instead", "Rather", "Currently",
        "Notably", "According", "Why", "What", "How", "Who", "Which", "Whether", "One", "Two", "Read", "See", "Image",
        "Photo", "Credit", "Source", "Sources", "Editor", "Note", "Update", "Related", "Western", "Eastern", "Northern",
        "Southern", "Central", "Later", "Earlier", "Recently", "Previously", "Initially", "Overall", "Indeed", "Thus", "Hence", "Nevertheless", "Nonetheless", "Similarly", "Likewise", "Additionally", "Officially", "Reportedly", "Former", "Ex", "Acting", "Late", "Both", "Clearly", "Perhaps", "Christian", "Muslim", "Islamic", "Soviet", "Cold", "War", "World", "Internet",
    };

    public static readonly SpanWordSet NameParticles = new(StringComparer.Ordinal)
    {
        "bin", "ibn", "al", "el", "de", "da", "das", "dos", "do", "di", "du", "van", "von", "der", "den", "la", "le", "ul", "ud",
    };

    public static readonly SpanWordSet SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "stated", "added", "noted", "argued", "wrote", "claimed", "warned", "explained", "who", "announced",
    };

    public static bool Has(SpanWordSet set, ReadOnlySpan<char> word) => set.Contains(word);

    public static bool IsCapitalised(ReadOnlySpan<char> s) => s.Length > 0 && char.IsUpper(s[0]);

    public static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        bool letter = false;
        foreach (char c in s)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letter = true;
        }
        return letter;
    }

    /// <summary>Length of a trailing possessive ("'s", "’s", or a lone apostrophe after s).</summary>
    public static int PossessiveLength(ReadOnlySpan<char> s)
    {
        if (s.Length > 2 && s[^1] is 's' or 'S' && s[^2] is '\'' or '\u2019') return 2;
        if (s.Length > 2 && s[^1] is '\'' or '\u2019' && s[^2] is 's') return 1;
        return 0;
    }

    public static string Slug(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length);
        foreach (char c in name.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && c < 128) sb.Append(char.ToLowerInvariant(c));
            else if (char.IsLetterOrDigit(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0 && sb[^1] != '-' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }
}

/// <summary>A fixed word set looked up by span; the alternate lookup is made once, not per call.</summary>
internal sealed class SpanWordSet : IEnumerable<string>
{
    private readonly HashSet<string> _set;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SpanWordSet(StringComparer comparer)
    {
        _set = new HashSet<string>(comparer);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public void Add(string word) => _set.Add(word);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public IEnumerator<string> GetEnumerator() => _set.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
