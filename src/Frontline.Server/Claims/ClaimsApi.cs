using Frontline.Documents;
using Frontline.Server.Hosting;
using Frontline.Server.Verdicts;
using Frontline.Verification;
using Frontline.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Server.Claims;

/// <summary><c>/api/claims</c> and <c>/api/documents</c>: the ledger's claims with filters, and each claim with its evidence.</summary>
internal static class ClaimsApi
{
    private const int MaxTextLength = 200;
    private static readonly string[] Sides = ["UA", "RU", "third-party", "media", "unknown"];
    private static readonly string[] VerdictFilters = [.. VerdictsApi.Values, ClaimQuery.NoVerdict];

    public static IEndpointRouteBuilder MapClaims(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Claims");
        group.MapGet("/claims", List)
            .WithSummary("Claims matching every given filter, a page at a time")
            .WithDescription("bbox is minLon,minLat,maxLon,maxLat (WGS 84); from/to are inclusive yyyy-MM-dd and match claims whose " +
                "date range overlaps them; q is a substring of the quote; verdict is the claim's latest verdict, or none for claims " +
                "never verified; total is not counted (next is null on the last page).");
        group.MapGet("/claims/{id:long}", Detail).WithSummary("One claim with its document's text, the span of each field, and its evidence");
        group.MapGet("/documents/{hash}", Document).WithSummary("One ingested document (hash, unique hash prefix of 8+ characters, or name)");
        return app;
    }

    private static async Task<Results<Ok<Page<ClaimRow>>, ProblemHttpResult>> List(
        string? q, string? type, string? side, string? oblast, string? bbox, DateOnly? from, DateOnly? to, string? verdict,
        string? document, int? offset, int? limit, IDocumentStore store, ServerOptions options, HttpRequest request, CancellationToken ct)
    {
        if (Paging.Check(offset, limit, options, out var start, out var size) is { } paging)
        {
            return paging;
        }
        if (Validate(q, type, side, bbox, from, to, verdict) is { } problem)
        {
            return problem;
        }
        // One row more than the page says whether there is a next page without counting every match.
        var query = new ClaimQuery(
            Empty(type), Empty(side), Empty(oblast), from, to, Empty(document), size + 1,
            BoundingBox.Parse(bbox), Empty(q), start, Empty(verdict));
        var found = await store.ListClaimsAsync(query, ct);
        var items = found.Take(size).Select(ClaimMapping.Row).ToList();
        var next = found.Count > size ? Paging.NextLink(request, start + size, size) : null;
        return TypedResults.Ok(new Page<ClaimRow>(items, start, size, null, next));
    }

    private static async Task<Results<Ok<ClaimDetail>, ProblemHttpResult>> Detail(long id, IDocumentStore store, IVerdictStore verdicts, CancellationToken ct)
    {
        if (await store.GetClaimAsync(id, ct) is not { } claim)
        {
            return ErrorHandling.NotFound($"No claim {id}");
        }
        var doc = await store.GetDocumentAsync(claim.DocumentHash, ct);
        return doc is null
            ? ErrorHandling.NotFound($"Claim {id}'s document {claim.DocumentHash[..12]}… is missing")
            : TypedResults.Ok(ClaimMapping.Detail(claim, doc, await VerdictMapping.LatestAsync(verdicts, id, ct)));
    }

    private static async Task<Results<Ok<DocumentResponse>, ProblemHttpResult>> Document(string hash, IDocumentStore store, CancellationToken ct) =>
        await store.GetDocumentAsync(hash, ct) is { } doc
            ? TypedResults.Ok(ClaimMapping.Document(doc))
            : ErrorHandling.NotFound($"No document '{hash}' (or the prefix is not unique)");

    private static ProblemHttpResult? Validate(string? q, string? type, string? side, string? bbox, DateOnly? from, DateOnly? to, string? verdict)
    {
        if (q is { Length: > MaxTextLength })
        {
            return ErrorHandling.BadParameter("q", $"q is at most {MaxTextLength} characters");
        }
        if (!string.IsNullOrEmpty(type) && !ClaimTypes.All.Contains(type, StringComparer.Ordinal))
        {
            return ErrorHandling.BadParameter("type", $"type is one of {string.Join(", ", ClaimTypes.All)}");
        }
        if (!string.IsNullOrEmpty(side) && !Sides.Contains(side, StringComparer.Ordinal))
        {
            return ErrorHandling.BadParameter("side", $"side is one of {string.Join(", ", Sides)}");
        }
        if (!string.IsNullOrEmpty(verdict) && !VerdictFilters.Contains(verdict, StringComparer.Ordinal))
        {
            return ErrorHandling.BadParameter("verdict", $"verdict is one of {string.Join(", ", VerdictFilters)}");
        }
        if (!string.IsNullOrEmpty(bbox) && BoundingBox.Parse(bbox) is null)
        {
            return ErrorHandling.BadParameter("bbox", "bbox is minLon,minLat,maxLon,maxLat in degrees, min below max");
        }
        return from > to ? ErrorHandling.BadParameter("to", $"to {to:yyyy-MM-dd} is before from {from:yyyy-MM-dd}") : null;
    }

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
