using System.Security.Cryptography;
using System.Text;
using Relata.Documents;

namespace Relata.Tests.Support;

public static class TestDocuments
{
    public static Document Text(string id, string text, DocumentMetadata? metadata = null, string? source = null)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new Document(id, source ?? $"mem://{id}", "txt", text, metadata ?? DocumentMetadata.Empty, hash, hash);
    }
}
