namespace Frontline.Places;

/// <summary>A span the tagger recognised, before the resolver picks an entry: its words, its kind and the entries it may name.</summary>
internal sealed class RawMention
{
    public RawMention(int from, int to, PlaceKind kind, List<Posting> candidates)
    {
        From = from;
        To = to;
        Kind = kind;
        Candidates = candidates;
    }

    /// <summary>First word of the span.</summary>
    public int From { get; }

    /// <summary>Last word of the span (inclusive).</summary>
    public int To { get; }

    public PlaceKind Kind { get; set; }

    public List<Posting> Candidates { get; }

    /// <summary>"Bakhmut direction": the candidates are the place the direction is named after.</summary>
    public bool IsDirection { get; init; }

    /// <summary>A bare oblast centre ("Kharkiv"): the oblast is the other reading.</summary>
    public int? OtherReadingOblast { get; init; }

    /// <summary>The oblast named right after this settlement ("Lyman, Donetsk Oblast"), entry index.</summary>
    public int? QualifierOblast { get; set; }

    public bool IsQualifier { get; set; }

    /// <summary>Words around a bare oblast centre say it is the area ("western Kherson", "the Kharkiv counteroffensive", "Luhansk and Kherson").</summary>
    public bool AreaCue { get; set; }
}
