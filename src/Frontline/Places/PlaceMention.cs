namespace Frontline.Places;

/// <summary>A gazetteer entry considered for a mention, with its score (higher is better; a log-odds-like sum of prior and context).</summary>
public sealed record PlaceCandidate(PlaceEntry Entry, double Score);

/// <summary>A place named in a text, resolved against the gazetteer.</summary>
/// <param name="Start">Offset of the first character in the text (UTF-16 code units, inclusive).</param>
/// <param name="End">Offset after the last character (exclusive).</param>
/// <param name="Text">The surface form, <c>text[Start..End]</c>.</param>
/// <param name="Oblast">Short English oblast as SCHEMA.md writes it; null outside Ukraine or for areas spanning oblasts.</param>
/// <param name="Entry">The best-ranked entry; check <see cref="IsAmbiguous"/> before trusting it.</param>
/// <param name="Confidence">0–1: the share of the evidence that backs <see cref="Entry"/> over the other candidates and readings.</param>
/// <param name="Candidates">All entries considered, best first (one when unambiguous).</param>
/// <param name="IsAmbiguous">True when the evidence does not single one entry out; <see cref="Candidates"/> then lists the contenders.</param>
public sealed record PlaceMention(
    int Start,
    int End,
    string Text,
    PlaceKind Kind,
    string? Oblast,
    PlaceEntry Entry,
    PlacePrecision Precision,
    double Confidence,
    IReadOnlyList<PlaceCandidate> Candidates,
    bool IsAmbiguous,
    MentionRole Role)
{
    /// <summary>The kind as SCHEMA.md writes it ("settlement", "oblast"…).</summary>
    public string SchemaKind => Kind.ToSchema();
}
