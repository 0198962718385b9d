namespace Relata.Claims;

internal enum Boundary { Start, Comma, Quote, StopWord, Other }

/// <summary>Where a leftward walk over a would-be speaker phrase stopped.</summary>
internal readonly record struct Walk(int Start, Boundary Boundary, int BoundaryIndex);

/// <summary>A speaker phrase in sentence-relative token indices [Start, End), its head [HeadStart, HeadEnd),
/// and what precedes it.</summary>
internal sealed record SpeakerPhrase(int Start, int End, int HeadStart, int HeadEnd, Boundary Boundary, int BoundaryIndex);

/// <summary>The part of a sentence after (or before) the cue that holds the claim.</summary>
internal sealed record ClaimPart(Documents.TextSpan Span, bool Quoted, Documents.TextSpan? Target = null);
