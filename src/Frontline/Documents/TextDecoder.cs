using System.Text;

namespace Frontline.Documents;

/// <summary>Turns a file's bytes into text: BOMs, UTF-16 without BOM, strict UTF-8, then Windows-1251 or KOI8-U by letter statistics.</summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>, or says why they are not text (empty, binary, undecodable) with the byte offset.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return DecodeResult.Fail("empty file");
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(new UTF8Encoding(false, true), bytes[3..], "utf-8", 3);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(new UnicodeEncoding(false, false, true), bytes[2..], "utf-16le", 2);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(new UnicodeEncoding(true, false, true), bytes[2..], "utf-16be", 2);
        }
        if (LooksUtf16(bytes, out var bigEndian))
        {
            return Strict(new UnicodeEncoding(bigEndian, false, true), bytes, bigEndian ? "utf-16be" : "utf-16le", 0);
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return DecodeResult.Fail($"binary content (NUL byte at offset {nul})");
        }
        var controls = 0;
        foreach (var b in bytes)
        {
            controls += b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C) ? 1 : 0;
        }
        if (controls > bytes.Length / 100 + 2)
        {
            return DecodeResult.Fail($"binary content ({controls} control bytes)");
        }
        var utf8 = Strict(new UTF8Encoding(false, true), bytes, "utf-8", 0);
        if (utf8.Text is not null)
        {
            return utf8;
        }
        var cp1251 = Encoding.GetEncoding(1251).GetString(bytes);
        var koi8u = Encoding.GetEncoding(21866).GetString(bytes);
        var s1251 = CyrillicScore(cp1251);
        var sKoi = CyrillicScore(koi8u);
        if ((s1251 <= 0 && sKoi <= 0) || CyrillicShare(cp1251) < 0.3)
        {
            return DecodeResult.Fail($"not UTF-8 (invalid sequence near byte {utf8.ErrorOffset}) and not Cyrillic Windows-1251 or KOI8-U text");
        }
        return sKoi > s1251 ? DecodeResult.Ok(koi8u, "koi8-u") : DecodeResult.Ok(cp1251, "windows-1251");
    }

    private static DecodeResult Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, int offset)
    {
        try
        {
            return DecodeResult.Ok(encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException e)
        {
            var at = offset + Math.Max(0, e.Index);
            return DecodeResult.Fail($"invalid {name} sequence at byte {at}", at);
        }
    }

    // UTF-16 text of Latin or Cyrillic letters has a zero (Latin) or 0x04 (Cyrillic) in every other byte.
    private static bool LooksUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var n = Math.Min(bytes.Length & ~1, 4096);
        if (n < 4)
        {
            return false;
        }
        int evenHigh = 0, oddHigh = 0;
        for (var i = 0; i < n; i += 2)
        {
            evenHigh += bytes[i] is 0 or 4 ? 1 : 0;
            oddHigh += bytes[i + 1] is 0 or 4 ? 1 : 0;
        }
        var pairs = n / 2;
        if (oddHigh > pairs * 0.6 && evenHigh < pairs * 0.1)
        {
            return true;
        }
        if (evenHigh > pairs * 0.6 && oddHigh < pairs * 0.1)
        {
            bigEndian = true;
            return true;
        }
        return false;
    }

    private static double CyrillicShare(string text)
    {
        int letters = 0, cyrillic = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                cyrillic += c is >= '\u0400' and <= '\u04FF' ? 1 : 0;
            }
        }
        return letters == 0 ? 0 : cyrillic / (double)letters;
    }

    // Running text is mostly lower case: the wrong one of the two code pages swaps the cases of the letters.
    private static int CyrillicScore(string text)
    {
        int lower = 0, upper = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0430' and <= '\u045F')
            {
                lower++;
            }
            else if (c is >= '\u0400' and <= '\u042F')
            {
                upper++;
            }
        }
        return lower - upper;
    }
}

/// <summary>Decoded text and its encoding, or the reason the bytes are not text.</summary>
public sealed record DecodeResult(string? Text, string? Encoding, string? Error, long ErrorOffset)
{
    public static DecodeResult Ok(string text, string encoding) => new(text, encoding, null, -1);

    public static DecodeResult Fail(string error, long offset = -1) => new(null, null, error, offset);
}
