namespace Frontline.Server.Verdicts;

/// <summary>How a claim was judged and on what evidence: the core's <c>Verdict</c>, with when it was computed and its history.</summary>
/// <param name="Verdict">supported, contradicted, not-yet-visible or unverifiable: the publishers' answers summed up.</param>
/// <param name="Why">One sentence of reasoning.</param>
/// <param name="Check">What was checked: settlement, settlement-count, distance, area, advance, or none.</param>
/// <param name="Tolerance">The tolerances and windows the check used, as the verdict states them.</param>
/// <param name="InputsHash">SHA-256 over the method, the claim and every snapshot used.</param>
/// <param name="History">Every verdict this claim has had, oldest first (the last is this one).</param>
public sealed record VerdictResponse(
    long ClaimId, string Verdict, string Why, string Check, bool PublishersDisagree, IReadOnlyList<PublisherAnswer> Publishers,
    CorroborationResponse Corroboration, string Tolerance, string InputsHash, DateTimeOffset? ComputedAt, IReadOnlyList<VerdictHistoryEntry> History);

/// <summary>One publisher's answer, never merged with another's.</summary>
/// <param name="Snapshots">The snapshots looked at, oldest first, as "date sha256-prefix".</param>
/// <param name="Figure">The measured figure (km, km², settlements) where the check measures one.</param>
/// <param name="CheckedUntil">The newest map date looked at.</param>
/// <param name="Command">The command that reproduces the figure.</param>
public sealed record PublisherAnswer(
    string Source, string Verdict, string Why, IReadOnlyList<string> Snapshots, double? Figure, DateOnly? CheckedUntil, string? Command);

/// <summary>Claims about the same event in other documents, how many independent sources, and whether one speaks against its own side.</summary>
public sealed record CorroborationResponse(IReadOnlyList<long> ClaimIds, int IndependentSources, bool AgainstInterest);

/// <summary>A verdict the claim had, and when it was computed.</summary>
public sealed record VerdictHistoryEntry(DateTimeOffset ComputedAt, string Verdict, string Why, string InputsHash);

/// <summary>A claim's latest verdict in a list, without the publishers' details.</summary>
public sealed record VerdictSummary(
    long ClaimId, string Verdict, string Why, string Check, bool PublishersDisagree, int IndependentSources, string Tolerance, string InputsHash);
