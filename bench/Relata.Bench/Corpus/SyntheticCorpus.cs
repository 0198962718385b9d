using System.Security.Cryptography;
using System.Text;
using Relata.Actors;
using Relata.Documents;

namespace Relata.Bench.Corpus;

/// <summary>
/// A deterministic, streamed corpus of reporting-like documents for throughput benchmarks: wire leads, quotes,
/// dated events, figures and background paragraphs, with actor names drawn from the bundled knowledge base.
/// Nothing is held in memory beyond the document being produced.
/// </summary>
public sealed class SyntheticCorpus(int seed = 42)
{
    private static readonly string[] Sentences =
    [
        "{CITY}, {DATE} — {STATE} and {STATE} signed an agreement on transit trade, officials said.",
        "{PERSON} told reporters in {CITY} that {STATE} would not change its position \"in the coming months\".",
        "Trade between {STATE} and {STATE} reached ${N} million in {YEAR}, a {P}% increase over the previous year.",
        "Exports of fuel from {STATE} to {STATE} rose to around {N},000 tons in {YEAR}.",
        "{ORG} officials accused {STATE} of supplying weapons to armed groups near the border.",
        "Five days later, {PERSON} travelled to {CITY} for talks with {STATE} officials.",
        "The {ADJ} foreign ministry said on {DATE} that the talks had been \"constructive and frank\".",
        "Analysts say the corridor could eventually link {CITY} with ports on the Arabian Sea, although financing remains uncertain.",
        "Since the end of the 1990s, {STATE} has hosted several rounds of consultations on regional security.",
        "{ADJ} companies are expected to bid for contracts worth some ${N} billion, according to {ORG}.",
        "In mid-May, {STATE} hosted a business forum attended by {N} delegations from {STATE} and {STATE}.",
        "{PERSON}, speaking after a meeting of the {ORG}, warned that militants could exploit the instability.",
        "Some {N},000 servicemen took part in the exercises, which ended on {DATE}.",
        "The decision was first communicated by the ambassador, {PERSON}, on {DATE}.",
        "Security forces destroyed {N} drug laboratories in the province last year, the ministry said.",
    ];

    private readonly Random _random = new(seed);
    private readonly string[] _states = Pick(a => a.Type == ActorType.State, a => a.Name);
    private readonly string[] _adjectives = Pick(a => a.Type == ActorType.State && a.Adjectives.Count > 0, a => a.Adjectives[0]);
    private readonly string[] _people = Pick(a => a.Type == ActorType.Person, a => a.Name);
    private readonly string[] _orgs = Pick(a => a.Type == ActorType.Organisation, a => a.Name);
    private readonly string[] _cities = Pick(a => a.Type == ActorType.State && a.Capital is not null, a => a.Capital!);

    private static string[] Pick(Func<Actor, bool> where, Func<Actor, string> select) =>
        [.. ActorKnowledgeBase.LoadBundled().Actors.Where(where).Select(select).Order(StringComparer.Ordinal)];

    /// <summary>Documents until about <paramref name="totalBytes"/> of UTF-8 text has been produced.</summary>
    public IEnumerable<Document> Documents(long totalBytes)
    {
        long produced = 0;
        for (int i = 0; produced < totalBytes; i++)
        {
            string text = DocumentText();
            produced += Encoding.UTF8.GetByteCount(text);
            string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            yield return new Document($"synthetic-{i}", $"synthetic://{i}", "txt", text, new DocumentMetadata
            {
                Title = $"Synthetic report {i}",
                PublishedDate = new DateOnly(2015 + i % 11, 1 + i % 12, 1 + i % 28),
            }, hash, hash);
        }
    }

    private string DocumentText()
    {
        var sb = new StringBuilder(6000);
        sb.Append("Synthetic report on regional affairs\n\n");
        int paragraphs = _random.Next(6, 14);
        for (int p = 0; p < paragraphs; p++)
        {
            int sentences = _random.Next(2, 6);
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0) sb.Append(' ');
                Fill(sb, Sentences[_random.Next(Sentences.Length)]);
            }
            sb.Append("\n\n");
        }
        return sb.ToString();
    }

    private void Fill(StringBuilder sb, string template)
    {
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0) { sb.Append(template, i, template.Length - i); break; }
            sb.Append(template, i, open - i);
            int close = template.IndexOf('}', open);
            sb.Append(Slot(template.AsSpan(open + 1, close - open - 1)));
            i = close + 1;
        }
    }

    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private string Slot(ReadOnlySpan<char> name) => name switch
    {
        "STATE" => _states[_random.Next(_states.Length)],
        "ADJ" => _adjectives[_random.Next(_adjectives.Length)],
        "PERSON" => _people[_random.Next(_people.Length)],
        "ORG" => _orgs[_random.Next(_orgs.Length)],
        "CITY" => _cities[_random.Next(_cities.Length)],
        "DATE" => $"{_random.Next(1, 29)} {Months[_random.Next(12)]} {_random.Next(2001, 2026)}",
        "YEAR" => _random.Next(2001, 2026).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "N" => _random.Next(2, 900).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "P" => _random.Next(2, 80).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "",
    };
}
