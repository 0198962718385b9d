namespace Relata.Actors;

/// <summary>A CAMEO sector and the head nouns that select it after a demonym ("Russian officials" → GOV).</summary>
/// <param name="OfGovernment">True when the sector belongs to whoever governs the state at the date (GOV, MIL, COP…).</param>
public sealed record SectorInfo(string Code, string Name, IReadOnlyList<string> Heads, bool OfGovernment);

/// <summary>A title of office ("foreign minister") with its wordings.</summary>
/// <param name="Key">Canonical lower-case wording.</param>
/// <param name="Body">Abbreviation of the body the post heads (<c>MFA</c> → <c>RUS.MFA</c>), if any.</param>
/// <param name="Single">One holder at a time per state or body (president, foreign minister).</param>
public sealed record TitleInfo(string Key, IReadOnlyList<string> Phrases, string? Sector, string? Body, bool Single);
