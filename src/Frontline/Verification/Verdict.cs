namespace Frontline.Verification;

/// <summary>The four verdicts a claim can get.</summary>
public static class Verdicts
{
    public const string Supported = "supported";
    public const string Contradicted = "contradicted";
    public const string NotYetVisible = "not-yet-visible";
    public const string Unverifiable = "unverifiable";
}

/// <summary>A claim judged against the maps and the other sources, with the evidence that decided it.</summary>
/// <param name="Value">One of <see cref="Verdicts"/>: the publishers' answers summed up; each keeps its own in <paramref name="Publishers"/>.</param>
/// <param name="Why">One sentence of reasoning.</param>
/// <param name="Check">What was checked: <c>settlement</c>, <c>settlement-count</c>, <c>distance</c>, <c>area</c>, <c>advance</c>, or <c>none</c>.</param>
/// <param name="PublishersDisagree">True when covering publishers gave different answers.</param>
/// <param name="InputsHash">SHA-256 over the method, the claim and every snapshot used: a new map changes it.</param>
public sealed record Verdict(
    long ClaimId,
    string Value,
    string Why,
    string Check,
    bool PublishersDisagree,
    IReadOnlyList<PublisherFinding> Publishers,
    Corroboration Corroboration,
    string Tolerance,
    string InputsHash);

/// <summary>One publisher's answer for a claim, with the snapshots and figures behind it.</summary>
/// <param name="Snapshots">The snapshots looked at, oldest first, as "date sha256-prefix".</param>
/// <param name="Figure">The measured figure where the check measures one (km, km², settlements), else null.</param>
/// <param name="CheckedUntil">The newest map date looked at, so a reader knows how far "not yet visible" reaches.</param>
/// <param name="Command">The command that reproduces the figure.</param>
public sealed record PublisherFinding(
    string Source, string Value, string Why, IReadOnlyList<string> Snapshots, double? Figure, DateOnly? CheckedUntil, string? Command);

/// <summary>Claims about the same event from other documents.</summary>
/// <param name="ClaimIds">The other claims of the group (same type family, overlapping places, dates within three days).</param>
/// <param name="IndependentSources">Distinct documents' publishers or speakers; a republished text counts once.</param>
/// <param name="AgainstInterest">The speaker's side admits something against its own side (a Russian source admitting a withdrawal).</param>
public sealed record Corroboration(IReadOnlyList<long> ClaimIds, int IndependentSources, bool AgainstInterest);
