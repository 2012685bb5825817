namespace Frontline.Verification;

/// <summary>Verdicts with their history: a new row only when a verdict's inputs changed.</summary>
public interface IVerdictStore
{
    /// <summary>Stores each verdict whose inputs hash differs from the claim's latest; returns how many were stored.</summary>
    Task<int> AddChangedAsync(IReadOnlyList<Verdict> verdicts, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The latest verdict of each claim (of one claim when <paramref name="claimId"/> is set).</summary>
    Task<IReadOnlyList<Verdict>> LatestAsync(long? claimId, CancellationToken cancellationToken);

    /// <summary>Every verdict a claim has had, oldest first, with when it was computed.</summary>
    Task<IReadOnlyList<(DateTimeOffset At, Verdict Verdict)>> HistoryAsync(long claimId, CancellationToken cancellationToken);
}
