using System.Security.Cryptography;
using System.Text;

namespace Frontline.Ledger;

/// <summary>SHA-256 hashes as lower-case hex: the identity of every input and every stored figure.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Of(string text) => Of(Encoding.UTF8.GetBytes(text));

    /// <summary>Hash of several hashes or values, order-sensitive (used for "inputs of this figure").</summary>
    public static string Combine(IEnumerable<string> parts) => Of(string.Join('\n', parts));
}
