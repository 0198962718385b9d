namespace Relata.Store;

/// <summary>The store cannot be opened or written; the message is one line naming the reason.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
