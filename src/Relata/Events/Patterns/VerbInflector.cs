namespace Relata.Events.Patterns;

/// <summary>
/// Generates the inflected forms of an English verb lemma: -s/-es, -ed/-d, -ing, consonant doubling
/// ("ban" → "banned"), both spellings of a final -l ("travelled"/"traveled") and of -ise/-ize
/// ("recognised"/"recognized"). Irregular verbs take their past forms from <c>verb-forms.yaml</c>
/// instead of the regular -ed; forms that are not real words are harmless because they never match text.
/// </summary>
public sealed class VerbInflector
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _irregular;

    /// <param name="irregular">Lemma → its irregular forms (past, participle, odd present forms).</param>
    public VerbInflector(IReadOnlyDictionary<string, IReadOnlyList<string>> irregular) => _irregular = irregular;

    public static VerbInflector RegularOnly { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    public bool IsIrregular(string lemma) => _irregular.ContainsKey(lemma);

    /// <summary>Every form of the lemma (lower-case), the lemma itself included.</summary>
    public IReadOnlySet<string> FormsOf(string lemma)
    {
        lemma = lemma.ToLowerInvariant();
        var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var spelling in Spellings(lemma)) AddForms(spelling, forms);
        return forms;
    }

    private void AddForms(string lemma, HashSet<string> forms)
    {
        forms.Add(lemma);
        forms.Add(ThirdPerson(lemma));
        bool irregular = _irregular.TryGetValue(lemma, out var listed);
        if (irregular)
            foreach (var form in listed!) forms.Add(form);

        foreach (var stem in Stems(lemma))
        {
            forms.Add(Ing(stem, lemma));
            if (!irregular) forms.Add(Past(stem, lemma));
        }
    }

    /// <summary>"recognise" also yields "recognize" and the reverse; "analyse"/"analyze" likewise.</summary>
    private static IEnumerable<string> Spellings(string lemma)
    {
        yield return lemma;
        if (lemma.Length < 6) yield break;
        var tail = lemma[^3..];
        string? other = tail switch { "ise" => "ize", "ize" => "ise", "yse" => "yze", "yze" => "yse", _ => null };
        if (other is not null) yield return lemma[..^3] + other;
    }

    /// <summary>The stems -ed and -ing attach to: the lemma, its doubled form, or both for a final -l.</summary>
    private static IEnumerable<string> Stems(string lemma)
    {
        if (!EndsConsonantVowelConsonant(lemma)) { yield return lemma; yield break; }
        var doubled = lemma + lemma[^1];
        if (lemma[^1] == 'l' && VowelGroups(lemma) > 1)
        {
            yield return lemma;   // American "traveled"
            yield return doubled; // British "travelled"
        }
        else if (VowelGroups(lemma) == 1) yield return doubled; // "banned", "shipping"
        else yield return lemma; // "visited"; stressed-final verbs ("committed") are listed in verb-forms.yaml
    }

    private static string ThirdPerson(string lemma)
    {
        if (lemma.EndsWith('y') && lemma.Length > 1 && !IsVowel(lemma[^2])) return lemma[..^1] + "ies";
        if (lemma.EndsWith("ss") || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch")
            || lemma.EndsWith("sh") || (lemma.EndsWith('o') && lemma.Length > 1 && !IsVowel(lemma[^2])))
            return lemma + "es";
        if (lemma.EndsWith('s') && lemma.Length > 1 && !IsVowel(lemma[^2])) return lemma + "es";
        return lemma + "s";
    }

    private static string Past(string stem, string lemma)
    {
        if (stem != lemma) return stem + "ed";
        if (lemma.EndsWith('e')) return lemma + "d";
        if (lemma.EndsWith('y') && lemma.Length > 1 && !IsVowel(lemma[^2])) return lemma[..^1] + "ied";
        return lemma + "ed";
    }

    private static string Ing(string stem, string lemma)
    {
        if (stem != lemma) return stem + "ing";
        if (lemma.EndsWith("ie")) return lemma[..^2] + "ying";
        if (lemma.EndsWith("ee") || lemma.EndsWith("ye") || lemma.EndsWith("oe") || lemma == "be") return lemma + "ing";
        if (lemma.EndsWith('e') && lemma.Length > 2) return lemma[..^1] + "ing";
        return lemma + "ing";
    }

    private static bool EndsConsonantVowelConsonant(string w) =>
        w.Length >= 3
        && !IsVowel(w[^1]) && w[^1] is not ('w' or 'x' or 'y')
        && IsVowel(w[^2])
        && !IsVowel(w[^3]);

    private static int VowelGroups(string w)
    {
        int groups = 0;
        for (int i = 0; i < w.Length; i++)
            if (IsVowel(w[i]) && (i == 0 || !IsVowel(w[i - 1]))) groups++;
        return groups;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
