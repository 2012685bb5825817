using Frontline.Geometry;
using Frontline.Maps;
using Frontline.Places;
using Microsoft.Extensions.Time.Testing;
using NetTopologySuite.Geometries;

namespace Frontline.Postgres.Tests;

/// <summary>
/// The snapshot store contract, one body for every store: each subclass opens a fresh, empty store of its kind.
/// </summary>
public abstract class SnapshotStoreContract
{
    private static readonly Lazy<IReadOnlyList<Snapshot>> Real = new(() =>
        new[] { "2022-09-01", "2022-09-12", "2022-11-13" }
            .Select(d => RealSnapshots.Load("deepstate", Frontline.Tests.SharedData.Control($"deepstate-{d}.geojson"))).ToList());

    private static readonly Lazy<OblastMap> LazyOblasts = new(() =>
        OblastMap.Load(Path.Combine(Frontline.Tests.SharedData.Geo, "ua_oblasts.geojson")));

    protected static OblastMap Oblasts => LazyOblasts.Value;

    protected static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Deepstate on 2022-09-01 (before the Kharkiv counteroffensive), 2022-09-12 (after) and 2022-11-13 (after Kherson).</summary>
    protected static IReadOnlyList<Snapshot> Maps => Real.Value;

    /// <summary>A fresh, empty store and its spatial queries.</summary>
    protected abstract Task<(ISnapshotStore Store, ISnapshotQueries Queries)> OpenAsync();

    [PostgresFact]
    public async Task Added_snapshots_are_listed_once_by_date_with_their_areas()
    {
        var (store, _) = await OpenAsync();
        var added = await store.AddAsync(Maps, replace: false, CancellationToken.None);
        Assert.Equal([true, true, true], added);
        var list = await store.ListAsync("deepstate", CancellationToken.None);
        Assert.Equal(Maps.Select(m => m.AsOf), list.Select(i => i.AsOf));
        Assert.Equal(Maps.Select(m => m.ContentHash), list.Select(i => i.ContentHash));
        Assert.Equal(Maps.Select(m => m.HeldKm2), list.Select(i => i.HeldKm2));
        Assert.All(list, i => Assert.Equal(Clock.GetUtcNow(), i.ImportedAt));
        Assert.Empty(await store.ListAsync("isw", CancellationToken.None));
        Assert.Equal(3, (await store.ListAsync(null, CancellationToken.None)).Count);
    }

    [PostgresFact]
    public async Task Importing_the_same_content_twice_is_a_no_op()
    {
        var (store, _) = await OpenAsync();
        await store.AddAsync(Maps, replace: false, CancellationToken.None);
        var again = await store.AddAsync(Maps, replace: false, CancellationToken.None);
        Assert.Equal([false, false, false], again);
        Assert.Equal(3, (await store.ListAsync(null, CancellationToken.None)).Count);
    }

    [PostgresFact]
    public async Task A_different_content_for_a_stored_day_is_refused_and_nothing_of_its_batch_is_stored()
    {
        var (store, _) = await OpenAsync();
        await store.AddAsync([Maps[0]], replace: false, CancellationToken.None);
        var newDay = Maps[1];
        var sameDayOtherContent = Maps[2] with { AsOf = Maps[0].AsOf };
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() =>
            store.AddAsync([newDay, sameDayOtherContent], replace: false, CancellationToken.None));
        var list = await store.ListAsync(null, CancellationToken.None);
        Assert.Equal(Maps[0].ContentHash, Assert.Single(list).ContentHash);
    }

    [PostgresFact]
    public async Task Replace_supersedes_the_stored_content_of_that_day()
    {
        var (store, _) = await OpenAsync();
        await store.AddAsync([Maps[0]], replace: false, CancellationToken.None);
        var other = Maps[2] with { AsOf = Maps[0].AsOf };
        Assert.Equal([true], await store.AddAsync([other], replace: true, CancellationToken.None));
        var stored = await store.InForceAsync("deepstate", Maps[0].AsOf, CancellationToken.None);
        Assert.Equal(other.ContentHash, stored!.ContentHash);
        Assert.Equal(other.HeldKm2, stored.HeldKm2);
        Assert.Single(await store.ListAsync(null, CancellationToken.None));
    }

    [PostgresTheory]
    [InlineData("2022-08-31", null)]
    [InlineData("2022-09-01", "2022-09-01")]
    [InlineData("2022-09-11", "2022-09-01")]
    [InlineData("2022-09-12", "2022-09-12")]
    [InlineData("2026-01-01", "2022-11-13")]
    public async Task In_force_is_the_latest_snapshot_on_or_before_the_date(string date, string? expected)
    {
        var (store, _) = await OpenAsync();
        await store.AddAsync(Maps, replace: false, CancellationToken.None);
        var found = await store.InForceAsync("deepstate", DateOnly.Parse(date), CancellationToken.None);
        Assert.Equal(expected, found?.AsOf.ToString("yyyy-MM-dd"));
    }

    [PostgresFact]
    public async Task Range_is_inclusive_and_oldest_first_and_geometry_round_trips_exactly()
    {
        var (store, _) = await OpenAsync();
        await store.AddAsync(Maps.Reverse().ToList(), replace: false, CancellationToken.None);
        var range = await store.RangeAsync("deepstate", new DateOnly(2022, 9, 1), new DateOnly(2022, 9, 12), CancellationToken.None);
        Assert.Equal([Maps[0].AsOf, Maps[1].AsOf], range.Select(s => s.AsOf));
        for (var i = 0; i < range.Count; i++)
        {
            Assert.True(Maps[i].Held.EqualsExact(range[i].Held), $"held area of {range[i].AsOf} changed on the way through the store");
            Assert.True(Maps[i].Contested.EqualsExact(range[i].Contested));
            Assert.Equal(Geo.Wgs84, range[i].Held.SRID);
        }
    }

    [PostgresTheory]
    [InlineData("Kherson city", 32.6178, 46.6354, "2022-09-01", ControlStatus.Held)]
    [InlineData("Kherson city", 32.6178, 46.6354, "2022-11-13", null)]
    [InlineData("Izium", 37.2594, 49.2128, "2022-09-01", ControlStatus.Held)]
    [InlineData("Izium", 37.2594, 49.2128, "2022-09-12", null)]
    [InlineData("Simferopol", 34.1024, 44.9521, "2022-11-13", ControlStatus.Held)]
    [InlineData("Kyiv", 30.5234, 50.4501, "2022-09-01", null)]
    public async Task Status_of_a_place_is_read_from_the_map_in_force(string place, double lon, double lat, string date, ControlStatus? expected)
    {
        var (store, queries) = await OpenAsync();
        await store.AddAsync(Maps, replace: false, CancellationToken.None);
        var status = await queries.StatusAtAsync("deepstate", DateOnly.Parse(date), lon, lat, CancellationToken.None);
        Assert.True(expected == status, $"{place} on {date}: expected {expected?.ToString() ?? "neither"}, got {status?.ToString() ?? "neither"}");
    }

    [PostgresFact]
    public async Task Area_by_oblast_adds_up_to_the_held_area_and_shows_the_Kharkiv_counteroffensive()
    {
        var (store, queries) = await OpenAsync();
        await store.AddAsync(Maps, replace: false, CancellationToken.None);
        var before = await queries.AreaByOblastAsync("deepstate", Maps[0].AsOf, CancellationToken.None);
        var after = await queries.AreaByOblastAsync("deepstate", Maps[1].AsOf, CancellationToken.None);
        Assert.Equal(Maps[0].HeldKm2, before.Sum(a => a.HeldKm2), Maps[0].HeldKm2 * 0.005);
        var kharkivBefore = before.Single(a => a.Oblast == "Kharkiv").HeldKm2;
        var kharkivAfter = after.Single(a => a.Oblast == "Kharkiv").HeldKm2;
        Assert.InRange(kharkivBefore - kharkivAfter, 5000, 12000);
        Assert.Contains(before, a => a.Oblast == "Crimea" && a.HeldKm2 > 25000);
        Assert.Empty(await queries.AreaByOblastAsync("deepstate", new DateOnly(2020, 1, 1), CancellationToken.None));
    }

    [PostgresFact]
    public async Task Held_in_box_is_the_held_area_clipped_to_the_box()
    {
        var (store, queries) = await OpenAsync();
        await store.AddAsync(Maps, replace: false, CancellationToken.None);
        var izium = new Envelope(36.5, 38.0, 48.9, 49.8);
        var before = await queries.HeldInBoxAsync("deepstate", Maps[0].AsOf, izium, CancellationToken.None);
        var after = await queries.HeldInBoxAsync("deepstate", Maps[1].AsOf, izium, CancellationToken.None);
        Assert.True(izium.Contains(before.EnvelopeInternal));
        // From the stored map: the importer's in-memory one keeps the files' zero heights, which NTS will not mix with a 2-D box.
        var stored = await store.InForceAsync("deepstate", Maps[0].AsOf, CancellationToken.None);
        var expected = EqualArea.AreaKm2(stored!.Held.Intersection(Geo.Factory.ToGeometry(izium)));
        Assert.Equal(expected, EqualArea.AreaKm2(before), expected * 0.005);
        Assert.True(EqualArea.AreaKm2(after) < EqualArea.AreaKm2(before) / 2, "the box around Izium should have lost most of its held area by 12 September");
        Assert.True((await queries.HeldInBoxAsync("deepstate", Maps[0].AsOf, new Envelope(23, 24, 49, 50), CancellationToken.None)).IsEmpty);
    }
}

/// <summary>The contract on PostgreSQL + PostGIS: each test gets a fresh database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresSnapshotStoreContract(PostgresServer server) : SnapshotStoreContract, IAsyncLifetime
{
    private readonly List<PostgresLedger> _ledgers = [];

    protected override async Task<(ISnapshotStore Store, ISnapshotQueries Queries)> OpenAsync()
    {
        var ledger = await PostgresLedger.OpenAsync(await server.CreateDatabaseAsync(nameof(PostgresSnapshotStoreContract)), CancellationToken.None);
        _ledgers.Add(ledger);
        return (new PostgresSnapshotStore(ledger, Clock), new PostGisSnapshotQueries(ledger, Oblasts));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var ledger in _ledgers)
        {
            await ledger.DisposeAsync();
        }
    }
}
