using Frontline.Maps;
using Frontline.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;

namespace Frontline.Server.Changes;

/// <summary><c>/api/changes</c>: what changed between two dates of one publisher's maps, measured by the core's diff.</summary>
internal static class ChangesApi
{
    public static IEndpointRouteBuilder MapChanges(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/changes").WithTags("Changes");
        group.MapGet("/", Features)
            .WithSummary("GeoJSON of the ground gained by each side between the snapshots in force on two dates")
            .Produces(StatusCodes.Status200OK, contentType: GeoJson.ContentType);
        group.MapGet("/summary", Summary)
            .WithSummary("km² gained by each side (total and by oblast), deepest advance, settlements that changed hands")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Features(
        string source, DateOnly from, DateOnly to, ISnapshotStore store, ChangeAnalyzer analyzer, IMemoryCache cache, CancellationToken ct)
    {
        var (change, problem) = await DiffAsync(source, from, to, store, analyzer, cache, ct);
        if (problem is not null)
        {
            return problem;
        }
        var bytes = cache.GetOrCreate(("change-geojson", source, from, to, change!.InputsHash), entry =>
        {
            var body = GeoJson.Serialize(ChangeFiles.ToFeatures(change, analyzer.Terrain));
            entry.Size = body.Length;
            return body;
        })!;
        return GeoJson.Result(bytes);
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> Summary(
        string source, DateOnly from, DateOnly to, ISnapshotStore store, ChangeAnalyzer analyzer, IMemoryCache cache, CancellationToken ct)
    {
        var (change, problem) = await DiffAsync(source, from, to, store, analyzer, cache, ct);
        // The same names as `frontline maps diff --json`, so a figure on the page and in print read alike.
        return problem is not null ? problem : TypedResults.Content(ChangeFiles.ToJson(change!), "application/json");
    }

    private static async Task<(Change? Change, ProblemHttpResult? Problem)> DiffAsync(
        string source, DateOnly from, DateOnly to, ISnapshotStore store, ChangeAnalyzer analyzer, IMemoryCache cache, CancellationToken ct)
    {
        if (to < from)
        {
            return (null, ErrorHandling.BadParameter("to", $"to {to:yyyy-MM-dd} is before from {from:yyyy-MM-dd}"));
        }
        var a = await store.InForceAsync(source, from, ct);
        var b = a is null ? null : await store.InForceAsync(source, to, ct);
        if (a is null || b is null)
        {
            return (null, ErrorHandling.NotFound($"No snapshot of '{source}' on or before {(a is null ? from : to):yyyy-MM-dd}"));
        }
        var change = cache.GetOrCreate(("change", source, from, to, a.ContentHash, b.ContentHash), entry =>
        {
            entry.Size = 64 * 1024;
            return analyzer.Diff(a, b, from, to);
        })!;
        return (change, null);
    }
}
