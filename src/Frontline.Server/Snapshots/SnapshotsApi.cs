using Frontline.Maps;
using Frontline.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Caching.Memory;
using NetTopologySuite.Features;

namespace Frontline.Server.Snapshots;

/// <summary><c>/api/sources</c>, <c>/api/snapshots</c>, <c>/api/series</c>: publishers' areas of control by date.</summary>
internal static class SnapshotsApi
{
    public static IEndpointRouteBuilder MapSnapshots(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Snapshots");
        group.MapGet("/sources", Sources).WithSummary("Publishers whose maps the ledger holds");
        group.MapGet("/snapshots", List).WithSummary("Snapshots, by source then date (no geometry)");
        group.MapGet("/snapshots/{source}/{date}", InForce)
            .WithSummary("GeoJSON of the held and contested areas of the snapshot in force on a date (latest on or before it)")
            .Produces(StatusCodes.Status200OK, contentType: GeoJson.ContentType);
        group.MapGet("/series", Series).WithSummary("Held and contested km² of every snapshot of a source, oldest first");
        return app;
    }

    private static async Task<Ok<IReadOnlyList<SourceSummary>>> Sources(ISnapshotStore store, CancellationToken ct)
    {
        var all = await store.ListAsync(null, ct);
        IReadOnlyList<SourceSummary> sources = all.GroupBy(s => s.Source, StringComparer.Ordinal)
            .Select(g => new SourceSummary(g.Key, g.Count(), g.Min(s => s.AsOf), g.Max(s => s.AsOf)))
            .OrderBy(s => s.Source, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(sources);
    }

    private static async Task<Results<Ok<Page<SnapshotSummary>>, ProblemHttpResult>> List(
        string? source, int? offset, int? limit, ISnapshotStore store, ServerOptions options, HttpRequest request, CancellationToken ct)
    {
        if (Paging.Check(offset, limit, options, out var start, out var size) is { } problem)
        {
            return problem;
        }
        var all = await store.ListAsync(source, ct);
        return TypedResults.Ok(Paging.Of(all.Select(ToSummary).ToList(), start, size, request));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> InForce(
        string source, DateOnly date, ISnapshotStore store, IMemoryCache cache, CancellationToken ct)
    {
        if (await store.InForceAsync(source, date, ct) is not { } snapshot)
        {
            return ErrorHandling.NotFound($"No snapshot of '{source}' on or before {date:yyyy-MM-dd}");
        }
        var bytes = cache.GetOrCreate(("snapshot", snapshot.Source, snapshot.AsOf, snapshot.ContentHash), entry =>
        {
            var body = GeoJson.Serialize(ToFeatures(snapshot));
            entry.Size = body.Length;
            return body;
        })!;
        return GeoJson.Result(bytes);
    }

    private static async Task<Results<Ok<SeriesResponse>, ProblemHttpResult>> Series(
        string source, DateOnly? from, DateOnly? to, ISnapshotStore store, CancellationToken ct)
    {
        var all = await store.ListAsync(source, ct);
        if (all.Count == 0)
        {
            return ErrorHandling.NotFound($"No snapshots of '{source}'");
        }
        var points = all
            .Where(s => (from is null || s.AsOf >= from) && (to is null || s.AsOf <= to))
            .Select(s => new SeriesPoint(s.AsOf, s.HeldKm2, s.ContestedKm2))
            .ToList();
        return TypedResults.Ok(new SeriesResponse(source, points));
    }

    private static SnapshotSummary ToSummary(SnapshotInfo s) =>
        new(s.Source, s.AsOf, s.ContentHash, s.Origin, s.HeldKm2, s.ContestedKm2);

    private static FeatureCollection ToFeatures(Snapshot s)
    {
        Feature Area(string status, NetTopologySuite.Geometries.MultiPolygon geometry, double km2) => new(geometry, new AttributesTable
        {
            { "source", s.Source }, { "asOf", s.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            { "status", status }, { "km2", Math.Round(km2, 1) }, { "contentHash", s.ContentHash },
        });
        return [Area("held", s.Held, s.HeldKm2), Area("contested", s.Contested, s.ContestedKm2)];
    }
}
