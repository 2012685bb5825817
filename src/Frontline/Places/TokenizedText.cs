using System.Buffers;

namespace Frontline.Places;

/// <summary>A text cut into words, each folded into one buffer where consecutive words are separated by one space, so a run of words is one span to look up.</summary>
/// <remarks>
/// The arrays are rented from the shared pools and returned by <see cref="Dispose"/>: allocating them afresh for every document was
/// the tagger's largest allocation and kept the garbage collector busy. Arrays may be longer than <see cref="Count"/>.
/// </remarks>
internal sealed class TokenizedText : IDisposable
{
    public TokenizedText(string text)
    {
        Text = text;
        var norm = ArrayPool<char>.Shared.Rent(text.Length + 1);
        // Running text has a word every six characters or so; the arrays start at a quarter of the length and grow if needed.
        var cap = (text.Length / 4) + 16;
        var start = ArrayPool<int>.Shared.Rent(cap);
        var end = ArrayPool<int>.Shared.Rent(cap);
        var nStart = ArrayPool<int>.Shared.Rent(cap);
        var breakBefore = ArrayPool<bool>.Shared.Rent(cap);
        var upper = ArrayPool<bool>.Shared.Rent(cap);
        var count = 0;
        var n = 0;
        var sawPunct = true;
        var i = 0;
        while (i < text.Length)
        {
            var f = NameFolding.Fold(text[i]);
            if (f is NameFolding.Break or NameFolding.Skip)
            {
                var c = text[i];
                if (!(char.IsWhiteSpace(c) || c == '-' || c == '\u00A0'))
                {
                    sawPunct = true;
                }
                i++;
                continue;
            }
            if (count == start.Length || count == breakBefore.Length)
            {
                var grown = start.Length * 2;
                Grow(ref start, grown);
                Grow(ref end, grown);
                Grow(ref nStart, grown);
                Grow(ref breakBefore, grown);
                Grow(ref upper, grown);
            }
            if (count > 0)
            {
                norm[n++] = ' ';
            }
            start[count] = i;
            nStart[count] = n;
            breakBefore[count] = sawPunct;
            upper[count] = char.IsUpper(text[i]);
            sawPunct = false;
            while (i < text.Length)
            {
                f = NameFolding.Fold(text[i]);
                if (f == NameFolding.Skip)
                {
                    // An English possessive ends the word: "Kherson’s" is Kherson.
                    if (i + 1 < text.Length && (text[i + 1] is 's' or 'S') &&
                        (i + 2 >= text.Length || NameFolding.Fold(text[i + 2]) is NameFolding.Break or NameFolding.Skip))
                    {
                        break;
                    }
                    if (i + 1 < text.Length && NameFolding.Fold(text[i + 1]) is not (NameFolding.Break or NameFolding.Skip) && n > nStart[count])
                    {
                        i++;
                        continue;
                    }
                    break;
                }
                if (f == NameFolding.Break)
                {
                    break;
                }
                if (n == norm.Length)
                {
                    Grow(ref norm, norm.Length * 2);
                }
                norm[n++] = f;
                i++;
            }
            end[count++] = i;
            // Skip the possessive's s after the apostrophe.
            if (i + 1 < text.Length && NameFolding.Fold(text[i]) == NameFolding.Skip && text[i + 1] is 's' or 'S')
            {
                i += 2;
            }
        }
        Norm = norm;
        Count = count;
        Start = start;
        End = end;
        NStart = nStart;
        NEnd = ArrayPool<int>.Shared.Rent(Math.Max(1, Count));
        for (var k = 0; k < Count; k++)
        {
            NEnd[k] = k + 1 < Count ? NStart[k + 1] - 1 : n;
        }
        BreakBefore = breakBefore;
        Upper = upper;
    }

    public string Text { get; }

    /// <summary>Returns the arrays to the pools; the instance must not be used afterwards.</summary>
    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(Norm);
        ArrayPool<int>.Shared.Return(Start);
        ArrayPool<int>.Shared.Return(End);
        ArrayPool<int>.Shared.Return(NStart);
        ArrayPool<int>.Shared.Return(NEnd);
        ArrayPool<bool>.Shared.Return(BreakBefore);
        ArrayPool<bool>.Shared.Return(Upper);
    }

    private static void Grow<T>(ref T[] array, int length)
    {
        var bigger = ArrayPool<T>.Shared.Rent(length);
        Array.Copy(array, bigger, array.Length);
        ArrayPool<T>.Shared.Return(array);
        array = bigger;
    }

    public char[] Norm { get; }

    public int Count { get; }

    /// <summary>Offset of each word's first character in <see cref="Text"/>.</summary>
    public int[] Start { get; }

    /// <summary>Offset after each word's last character in <see cref="Text"/>.</summary>
    public int[] End { get; }

    public int[] NStart { get; }

    public int[] NEnd { get; }

    /// <summary>True when punctuation (not just spaces or a hyphen) separates the word from the one before.</summary>
    public bool[] BreakBefore { get; }

    /// <summary>True when the word starts with a capital letter.</summary>
    public bool[] Upper { get; }

    public ReadOnlySpan<char> Word(int k) => Norm.AsSpan(NStart[k], NEnd[k] - NStart[k]);

    /// <summary>Folded words <paramref name="from"/>..<paramref name="to"/> inclusive, joined by single spaces.</summary>
    public ReadOnlySpan<char> Words(int from, int to) => Norm.AsSpan(NStart[from], NEnd[to] - NStart[from]);

    public bool Is(int k, string folded) => k >= 0 && k < Count && Word(k).SequenceEqual(folded);

    /// <summary>True when words <paramref name="from"/>..<paramref name="to"/> have no punctuation between them.</summary>
    public bool Joined(int from, int to)
    {
        for (var k = from + 1; k <= to; k++)
        {
            if (BreakBefore[k])
            {
                return false;
            }
        }
        return true;
    }

    public bool IsCyrillic(int k) => NameFolding.IsCyrillic(Norm[NStart[k]]);
}
