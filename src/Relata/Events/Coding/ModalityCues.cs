using System.Collections.Frozen;

namespace Relata.Events.Coding;

/// <summary>
/// Cue words for event modality. Kept in code for now; they belong in data/events/modality.yaml.
/// Single words are matched against the tokens before the trigger in its clause; the "… to" lists
/// against the verb right before an infinitive "to".
/// </summary>
internal static class ModalityCues
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that negate the verb that follows them in the clause.</summary>
    public static readonly FrozenSet<string> Negators = Set(
        "not", "n't", "never", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't",
        "cannot", "can't", "couldn't", "wasn't", "weren't", "isn't", "aren't", "neither", "nor", "no", "nobody", "none");

    /// <summary>Words after a nominal event that call it off ("the visit was postponed").</summary>
    public static readonly FrozenSet<string> CalledOff = Set(
        "postponed", "cancelled", "canceled", "scrapped", "shelved", "delayed", "called", "suspended", "aborted", "derailed");

    /// <summary>Verbs whose "to"-complement did not happen ("refused to meet").</summary>
    public static readonly FrozenSet<string> NegatingBeforeTo = Set(
        "refused", "refuses", "refuse", "refusing", "failed", "fails", "fail", "declined", "declines", "decline",
        "rejected", "avoided", "ruled");

    /// <summary>Verbs and adjectives whose "to"-complement did happen ("went on to sign", "managed to reach").</summary>
    public static readonly FrozenSet<string> FactualBeforeTo = Set(
        "managed", "manages", "on", "began", "begins", "begun", "started", "starts", "continued", "continues",
        "moved", "moves", "went", "came", "used", "helped", "first", "last", "decided", "voted", "travelled", "traveled",
        "flew", "arrived", "returned", "went", "visit", "trip", "order", "effort", "efforts", "attempt", "bid");

    /// <summary>Modal, future and wishing words: an event after them in its clause is not reported as fact.</summary>
    public static readonly FrozenSet<string> Hypothetical = Set(
        "will", "would", "could", "might", "may", "shall", "should", "must", "'ll", "likely", "unlikely", "possibly",
        "probably", "perhaps", "maybe", "potentially", "if", "unless", "whether", "soon", "considering", "mulling", "weighing",
        "plans", "planned", "planning", "proposed", "possible", "potential", "possibility", "prospect", "prospects",
        "upcoming", "forthcoming", "future", "expected", "scheduled", "hypothetical", "eventual",
        "advocates", "advocated", "advocate", "advocating", "supports", "supported", "favours", "favors", "favoured", "favored",
        "demands", "demanded", "demanding", "urges", "urged", "urging", "opportunity", "chance", "goal", "desire", "willingness",
        "readiness", "intention", "intentions", "hopes", "hoped", "hoping", "proposal", "proposals", "offer", "offered", "pushing", "lobbying");

    /// <summary>Cues of a report the text does not vouch for.</summary>
    public static readonly FrozenSet<string> Alleged = Set(
        "allegedly", "alleged", "reportedly", "purportedly", "supposedly", "accused", "accuses", "accusing", "accusation",
        "accusations", "alleging", "alleges", "allegations", "allegation", "claimed", "claims", "claiming", "suspected",
        "rumoured", "rumored", "unconfirmed", "unverified");

    /// <summary>Denial words after the event ("…, which Moscow denied"): the event is only alleged.</summary>
    public static readonly FrozenSet<string> Denials = Set("denied", "denies", "deny", "denying", "rejected", "dismissed", "refuted", "disputed");

    /// <summary>Habitual or generic framing: long-standing patterns, not one event.</summary>
    public static readonly FrozenSet<string> Habitual = Set(
        "traditionally", "historically", "usually", "typically", "often", "routinely", "regularly", "repeatedly",
        "frequently", "generally", "long", "always", "sometimes", "tends", "tend", "used");

    /// <summary>Forms of "be" that make a following participle passive.</summary>
    public static readonly FrozenSet<string> BeForms = Set("is", "are", "was", "were", "be", "been", "being", "'s", "get", "got", "gets");

    /// <summary>Words that may stand between an auxiliary and the verb.</summary>
    public static readonly FrozenSet<string> Adverbs = Set(
        "also", "reportedly", "allegedly", "already", "recently", "formally", "officially", "finally", "then", "later",
        "just", "again", "jointly", "swiftly", "quickly", "effectively", "eventually", "still", "now", "first", "once",
        "publicly", "reportedly", "apparently", "partially", "partly", "fully", "quietly", "secretly");

    /// <summary>Prepositions before a mention that put it outside the subject.</summary>
    public static readonly FrozenSet<string> Prepositions = Set(
        "in", "with", "of", "to", "from", "for", "at", "on", "against", "between", "among", "after", "before", "over",
        "about", "into", "by", "under", "toward", "towards", "amid", "during", "since", "like", "than", "including", "via",
        "across", "near", "through", "without", "within", "behind", "beyond", "despite", "per", "upon");

    /// <summary>Words that start a new clause.</summary>
    public static readonly FrozenSet<string> ClauseOpeners = Set(
        "which", "who", "whom", "whose", "while", "whereas", "although", "though", "but", "because", "after",
        "before", "when", "where", "if", "unless", "that", "whether");

    /// <summary>Prepositions that put a place name in location role ("in Kabul", "near Goma").</summary>
    public static readonly FrozenSet<string> LocativePrepositions = Set(
        "in", "at", "near", "outside", "inside", "around", "across", "throughout");
}
