using System.Text.Json;
using Frontline.Verification;

namespace Frontline.Ledger;

/// <summary>How verdict bodies are stored, and a verdict renamed to another ledger's claim ids.</summary>
public static class VerdictJson
{
    public static JsonSerializerOptions Options { get; } = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The same verdict naming <paramref name="claimId"/> and, as corroborating, <paramref name="corroborating"/>.</summary>
    public static Verdict WithIds(Verdict verdict, long claimId, IReadOnlyList<long> corroborating) =>
        verdict with { ClaimId = claimId, Corroboration = verdict.Corroboration with { ClaimIds = corroborating } };
}
