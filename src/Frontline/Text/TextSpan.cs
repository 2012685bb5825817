namespace Frontline.Text;

/// <summary>A character range [Start, End) in a document's text (after the corpus header).</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    /// <summary>Characters shared with <paramref name="other"/>.</summary>
    public int Overlap(TextSpan other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));

    public override string ToString() => $"{Start}..{End}";
}
