using Frontline.Verification;

namespace Frontline.Server.Verdicts;

/// <summary>From the core's verdicts to the API's shapes; fields are copied, nothing is judged here.</summary>
internal static class VerdictMapping
{
    /// <summary>A claim's latest verdict with its history, or null when it was never verified.</summary>
    public static async Task<VerdictResponse?> LatestAsync(IVerdictStore store, long claimId, CancellationToken ct)
    {
        var history = await store.HistoryAsync(claimId, ct);
        if (history.Count == 0)
        {
            return null;
        }
        var (at, v) = history[^1];
        return new VerdictResponse(
            v.ClaimId, v.Value, v.Why, v.Check, v.PublishersDisagree,
            v.Publishers.Select(p => new PublisherAnswer(p.Source, p.Value, p.Why, p.Snapshots, p.Figure, p.CheckedUntil, p.Command)).ToList(),
            new CorroborationResponse(v.Corroboration.ClaimIds, v.Corroboration.IndependentSources, v.Corroboration.AgainstInterest),
            v.Tolerance, v.InputsHash, at,
            history.Select(h => new VerdictHistoryEntry(h.At, h.Verdict.Value, h.Verdict.Why, h.Verdict.InputsHash)).ToList());
    }

    public static VerdictSummary Summary(Verdict v) => new(
        v.ClaimId, v.Value, v.Why, v.Check, v.PublishersDisagree, v.Corroboration.IndependentSources, v.Tolerance, v.InputsHash);
}
