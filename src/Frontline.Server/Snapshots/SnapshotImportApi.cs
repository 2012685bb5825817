using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Server.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Server.Snapshots;

/// <summary><c>POST /api/snapshots/{source}/{date}</c>: imports one map file; off unless the server has a write token.</summary>
internal static class SnapshotImportApi
{
    public static IEndpointRouteBuilder MapSnapshotImport(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/snapshots/{source}/{date}", Import)
            .WithTags("Snapshots")
            .WithSummary("Import one areas-of-control map (GeoJSON or KML body) as the source's snapshot for a date")
            .WithDescription("Needs 'Authorization: Bearer TOKEN' and a server started with --token; the same content twice is a no-op.")
            .Accepts<byte[]>("application/geo+json", "application/json", "application/vnd.google-earth.kml+xml")
            .AddEndpointFilter<WriteTokenFilter>();
        return app;
    }

    private static async Task<Results<Created<ImportResponse>, Ok<ImportResponse>, ProblemHttpResult>> Import(
        string source, DateOnly date, string? profile, bool? replace, HttpRequest request, ISnapshotStore store, CancellationToken ct)
    {
        var profileName = profile ?? source;
        if (PublisherProfile.Builtin(profileName) is not { } publisher)
        {
            return ErrorHandling.BadParameter("profile",
                $"No publisher profile '{profileName}'; built in: {string.Join(", ", PublisherProfile.BuiltinNames)}");
        }
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, ct); // Kestrel's body limit applies here: 413 above it
        var bytes = body.ToArray();
        var origin = $"upload:{source}-{date:yyyy-MM-dd}";
        Snapshot snapshot;
        try
        {
            snapshot = SnapshotBuilder.Build(MapFileReader.Read(bytes, origin), publisher, source, date, ContentHash.Of(bytes), origin);
        }
        catch (InvalidDataException e)
        {
            return TypedResults.Problem(title: "Not a map this server can read", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);
        }
        bool added;
        try
        {
            added = (await store.AddAsync([snapshot], replace ?? false, ct))[0];
        }
        catch (SnapshotConflictException e)
        {
            return TypedResults.Problem(title: "A different snapshot is stored for this date", detail: e.Message, statusCode: StatusCodes.Status409Conflict);
        }
        var response = new ImportResponse(source, date, snapshot.ContentHash, added, snapshot.HeldKm2, snapshot.ContestedKm2, snapshot.Notes);
        return added
            ? TypedResults.Created($"/api/snapshots/{Uri.EscapeDataString(source)}/{date:yyyy-MM-dd}", response)
            : TypedResults.Ok(response);
    }
}

/// <summary>What an import stored: <c>added</c> is false when the same content was already there.</summary>
public sealed record ImportResponse(
    string Source, DateOnly AsOf, string ContentHash, bool Added, double HeldKm2, double ContestedKm2, IReadOnlyList<string> Notes);
