using Relata.Data;
using YamlDotNet.RepresentationModel;

namespace Relata.Events.Coding;

/// <summary>
/// Cue words for event modality and clause structure, loaded from <c>data/lexicons/event-modality.yaml</c>.
/// Single words are matched against the tokens before the trigger in its clause; the "… to" lists
/// against the verb right before an infinitive "to".
/// </summary>
internal static class ModalityCues
{
    private const string File = "lexicons/event-modality.yaml";
    private static readonly YamlMappingNode Root = Load();

    /// <summary>Words that negate the verb that follows them in the clause.</summary>
    public static readonly WordSet Negators = Set("negators");

    /// <summary>Words after a nominal event that call it off ("the visit was postponed").</summary>
    public static readonly WordSet CalledOff = Set("called_off");

    /// <summary>Verbs whose "to"-complement did not happen ("refused to meet").</summary>
    public static readonly WordSet NegatingBeforeTo = Set("negating_before_to");

    /// <summary>Verbs and adjectives whose "to"-complement did happen ("went on to sign", "managed to reach").</summary>
    public static readonly WordSet FactualBeforeTo = Set("factual_before_to");

    /// <summary>Modal, future and wishing words: an event after them in its clause is not reported as fact.</summary>
    public static readonly WordSet Hypothetical = Set("hypothetical");

    /// <summary>Cues of a report the text does not vouch for.</summary>
    public static readonly WordSet Alleged = Set("alleged");

    /// <summary>Sourcing adverbs that make an event alleged only on its own verb ("reportedly supplied").</summary>
    public static readonly WordSet AllegedAdverbs = Set("alleged_adverbs");

    /// <summary>Predicates after a nominal event that make it an object of analysis ("is seen as").</summary>
    public static readonly WordSet AnalyticalPredicates = Set("analytical_predicates");

    /// <summary>Prepositions before a gerund that make it an activity talked about ("benefit in denying").</summary>
    public static readonly WordSet GerundAbstractPrepositions = Set("gerund_abstract_prepositions");

    /// <summary>Modifiers between such a preposition and its gerund ("of de facto boycotting").</summary>
    public static readonly WordSet GerundModifiers = Set("gerund_modifiers");

    /// <summary>Prepositions before a gerund whose subject is the clause subject ("such as recognising").</summary>
    public static readonly WordSet GerundSubjectPrepositions = Set("gerund_subject_prepositions");

    /// <summary>Subject pronouns resolved to a participant of the same or the previous sentence.</summary>
    public static readonly WordSet SubjectPronouns = Set("subject_pronouns");

    /// <summary>Words between a subject pronoun and its verb.</summary>
    public static readonly WordSet PronounVerbGap = Set("pronoun_verb_gap");

    /// <summary>Adjectives between a locative preposition and a place ("in northern Mali").</summary>
    public static readonly WordSet Directional = Set("directional");

    /// <summary>Weapon words that refine a generic attack (190) to a drone strike, an air strike or shelling.</summary>
    public static readonly WordSet DroneWords = Set("drone_words");
    public static readonly WordSet AerialWords = Set("aerial_words");
    public static readonly WordSet ArtilleryWords = Set("artillery_words");

    /// <summary>Denial words after the event ("…, which Moscow denied"): the event is only alleged.</summary>
    public static readonly WordSet Denials = Set("denials");

    /// <summary>Habitual or generic framing: long-standing patterns, not one event.</summary>
    public static readonly WordSet Habitual = Set("habitual");

    /// <summary>Forms of "be" that make a following participle passive.</summary>
    public static readonly WordSet BeForms = Set("be_forms");

    /// <summary>Words that may stand between an auxiliary and the verb.</summary>
    public static readonly WordSet Adverbs = Set("adverbs");

    /// <summary>Prepositions before a mention that put it outside the subject.</summary>
    public static readonly WordSet Prepositions = Set("prepositions");

    /// <summary>Words that start a new clause.</summary>
    public static readonly WordSet ClauseOpeners = Set("clause_openers");

    /// <summary>Prepositions that put a place name in location role ("in Kabul", "near Goma").</summary>
    public static readonly WordSet LocativePrepositions = Set("locative_prepositions");

    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        using (var reader = new StringReader(BundledData.ReadText(File))) yaml.Load(reader);
        return yaml.Documents[0].RootNode as YamlMappingNode
            ?? throw new InvalidDataException($"data/{File}: expected a mapping of cue lists");
    }

    private static WordSet Set(string key)
    {
        if (!Root.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlSequenceNode list)
            throw new InvalidDataException($"data/{File}: missing the list '{key}'");
        return new WordSet(list.Children.Select(n => n is YamlScalarNode { Value: { } v } ? v
                : throw new InvalidDataException($"data/{File}:{n.Start.Line}: '{key}' holds something other than a word")));
    }
}
