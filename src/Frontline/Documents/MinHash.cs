namespace Frontline.Documents;

/// <summary>MinHash signatures over word 5-shingles of the normalised text, for near-duplicate links.</summary>
/// <remarks>
/// 64 hash functions in 16 bands of 4 rows: two texts with Jaccard similarity 0.8 share a band with
/// probability above 0.999, at 0.3 below 0.13; candidates are then confirmed on the estimated similarity.
/// </remarks>
public static class MinHash
{
    public const int Size = 64;
    public const int Bands = 16;
    public const int Rows = Size / Bands;

    /// <summary>Estimated Jaccard similarity at or above which a document is linked as a near-duplicate.</summary>
    public const double NearDuplicateThreshold = 0.8;

    private const int ShingleWords = 5;

    private static readonly ulong[] Seeds = MakeSeeds();

    /// <summary>The signature of a normalised text (see <see cref="TextNormaliser"/>).</summary>
    public static ulong[] Signature(string normalised)
    {
        var signature = new ulong[Size];
        Array.Fill(signature, ulong.MaxValue);
        var words = normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wordHashes = new ulong[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            wordHashes[i] = Fnv(words[i]);
        }
        var count = Math.Max(1, words.Length - ShingleWords + 1);
        for (var i = 0; i < count && words.Length > 0; i++)
        {
            ulong shingle = 0;
            for (var j = i; j < Math.Min(words.Length, i + ShingleWords); j++)
            {
                shingle = (shingle * 0x100000001B3UL) ^ wordHashes[j];
            }
            for (var k = 0; k < Size; k++)
            {
                var h = Mix(shingle ^ Seeds[k]);
                if (h < signature[k])
                {
                    signature[k] = h;
                }
            }
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity: the share of equal slots.</summary>
    public static double Similarity(IReadOnlyList<ulong> a, IReadOnlyList<ulong> b)
    {
        var same = 0;
        for (var i = 0; i < Size; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }
        return same / (double)Size;
    }

    /// <summary>One key per band: texts sharing a key are near-duplicate candidates.</summary>
    public static IReadOnlyList<long> BandKeys(IReadOnlyList<ulong> signature)
    {
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            ulong h = (ulong)b * 0x9E3779B97F4A7C15UL;
            for (var r = 0; r < Rows; r++)
            {
                h = Mix(h ^ signature[(b * Rows) + r]);
            }
            keys[b] = (long)h;
        }
        return keys;
    }

    public static byte[] ToBytes(IReadOnlyList<ulong> signature)
    {
        var bytes = new byte[Size * 8];
        for (var i = 0; i < Size; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), signature[i]);
        }
        return bytes;
    }

    public static ulong[] FromBytes(byte[] bytes)
    {
        var signature = new ulong[Size];
        for (var i = 0; i < Size; i++)
        {
            signature[i] = BitConverter.ToUInt64(bytes, i * 8);
        }
        return signature;
    }

    private static ulong Fnv(string word)
    {
        var h = 0xCBF29CE484222325UL;
        foreach (var c in word)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }
        return h;
    }

    // SplitMix64 finaliser: a cheap, well-distributed permutation of 64-bit values.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        ulong s = 0x5EED;
        for (var i = 0; i < Size; i++)
        {
            s += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(s);
        }
        return seeds;
    }
}
