using Frontline.Server.Hosting;
using Frontline.Verification;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Server.Verdicts;

/// <summary><c>/api/verdicts</c>: every claim's latest verdict, and one claim's verdict with its evidence and history.</summary>
internal static class VerdictsApi
{
    public static readonly string[] Values = [Verification.Verdicts.Supported, Verification.Verdicts.Contradicted, Verification.Verdicts.NotYetVisible, Verification.Verdicts.Unverifiable];

    public static IEndpointRouteBuilder MapVerdicts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Verdicts");
        group.MapGet("/verdicts", List)
            .WithSummary("Every verified claim's latest verdict, by claim id, a page at a time")
            .WithDescription("verdict narrows to one value; total counts the matching verdicts. Recompute with 'frontline verify'.");
        group.MapGet("/verdicts/{claimId:long}", One)
            .WithSummary("One claim's latest verdict: each publisher's answer with snapshots and figures, tolerance, corroboration, history");
        return app;
    }

    private static async Task<Results<Ok<Page<VerdictSummary>>, ProblemHttpResult>> List(
        string? verdict, int? offset, int? limit, IVerdictStore store, ServerOptions options, HttpRequest request, CancellationToken ct)
    {
        if (Paging.Check(offset, limit, options, out var start, out var size) is { } paging)
        {
            return paging;
        }
        if (!string.IsNullOrEmpty(verdict) && !Values.Contains(verdict, StringComparer.Ordinal))
        {
            return ErrorHandling.BadParameter("verdict", $"verdict is one of {string.Join(", ", Values)}");
        }
        var latest = await store.LatestAsync(null, ct);
        var matching = latest.Where(v => string.IsNullOrEmpty(verdict) || v.Value == verdict).Select(VerdictMapping.Summary).ToList();
        return TypedResults.Ok(Paging.Of(matching, start, size, request));
    }

    private static async Task<Results<Ok<VerdictResponse>, ProblemHttpResult>> One(long claimId, IVerdictStore store, CancellationToken ct) =>
        await VerdictMapping.LatestAsync(store, claimId, ct) is { } found
            ? TypedResults.Ok(found)
            : ErrorHandling.NotFound($"Claim {claimId} has no verdict (run 'frontline verify', or the claim does not exist)");
}
