namespace Relata.Ingest.Decoding;

/// <param name="Text">Decoded and normalised text.</param>
/// <param name="EncodingName">"utf-8", "utf-16le", "utf-16be", "windows-1251", "windows-1252", …</param>
public sealed record DecodedText(string Text, string EncodingName);
