using System.Net;
using System.Text;
using Frontline.Ledger;
using Frontline.Maps;

namespace Frontline.Tests.Maps;

public sealed class MapImportTests : IDisposable
{
    private const string Square = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"type":"nochange"},"geometry":{"type":"Polygon","coordinates":[[[37,48],[37.1,48],[37.1,48.1],[37,48.1],[37,48]]]}}]}""";
    private readonly string _dir = Directory.CreateTempSubdirectory("frontline-import-").FullName;
    private readonly SqliteLedger _ledger;
    private readonly SqliteSnapshotStore _store;
    private readonly HttpClient _http = new();
    private readonly PublisherProfile _nzz = PublisherProfile.Builtin("nzz")!;

    public MapImportTests()
    {
        _ledger = SqliteLedger.Open(Path.Combine(_dir, "ledger.db"));
        _store = new SqliteSnapshotStore(_ledger, TimeProvider.System);
    }

    public void Dispose()
    {
        _ledger.Dispose();
        _http.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private Task<IReadOnlyList<ImportedMap>> Import(params string[] files) =>
        new MapImporter(_store, _http).ImportAsync(files, "nzz", _nzz, null, false, default);

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "not-json-2022-09-01.geojson", "this is not JSON", "not valid GeoJSON at line 1" },
        { "truncated-2022-09-01.geojson", Square[..120], "not valid GeoJSON" },
        { "empty-2022-09-01.geojson", """{"type":"FeatureCollection","features":[]}""", "no features" },
        { "blank-2022-09-01.geojson", "  \n", "the file is empty" },
        { "geometry-2022-09-01.geojson", Square.Replace("\"Polygon\"", "\"Polyhedron\"", StringComparison.Ordinal), "not valid GeoJSON" },
        { "range-2022-09-01.geojson", Square.Replace("[37,48]", "[370,48]", StringComparison.Ordinal), "feature #0: coordinates out of range" },
        { "not-a-collection-2022-09-01.geojson", """{"type":"Feature","properties":{},"geometry":null}""", "expected a GeoJSON FeatureCollection" },
        { "lines-only-2022-09-01.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"type":"nochange"},"geometry":{"type":"LineString","coordinates":[[37,48],[38,49]]}}]}""", "no held or contested polygons" },
        { "unknown-class-2022-09-01.geojson", Square.Replace("nochange", "frontline", StringComparison.Ordinal), "unknown classes: frontline" },
        { "no-date.geojson", Square, "no as-of date" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_named_and_the_whole_batch_stores_nothing(string name, string content, string message)
    {
        var good = Write("good-2022-08-31.geojson", Square);
        var bad = Write(name, content);
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => Import(good, bad));
        Assert.Contains(bad, e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Empty(await _store.ListAsync(null, default));
    }

    [Fact]
    public async Task A_windows_1251_file_is_refused_as_not_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1251).GetBytes(Square.Replace("nochange", "Окуповано", StringComparison.Ordinal));
        var path = Write("cp1251-2022-09-01.geojson", bytes);
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => Import(path));
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains("byte", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_above_the_size_limit_is_refused_before_parsing()
    {
        var path = Write("big-2022-09-01.geojson", Square + new string(' ', 5000));
        var importer = new MapImporter(_store, _http) { MaxBytes = 1000 };
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => importer.ImportAsync([path], "nzz", _nzz, null, false, default));
        Assert.Contains("more than the 1000 bytes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_intersecting_polygon_is_repaired_and_the_repair_reported()
    {
        var bowtie = Square.Replace("[[37,48],[37.1,48],[37.1,48.1],[37,48.1],[37,48]]", "[[37,48],[37.1,48.1],[37.1,48],[37,48.1],[37,48]]", StringComparison.Ordinal);
        var result = await Import(Write("bowtie-2022-09-01.geojson", bowtie));
        var note = Assert.Single(result[0].Notes, n => n.Contains("repaired", StringComparison.Ordinal));
        Assert.Contains("Self-intersection", note, StringComparison.Ordinal);
        Assert.True(result[0].HeldKm2 > 0);
    }

    [Fact]
    public async Task Importing_the_same_content_twice_is_a_no_op()
    {
        var path = Write("nzz-2022-09-01.geojson", Square);
        Assert.True((await Import(path))[0].Added);
        Assert.False((await Import(path))[0].Added);
        Assert.Single(await _store.ListAsync(null, default));
    }

    [Fact]
    public async Task A_different_map_for_a_stored_date_is_refused_unless_replaced()
    {
        await Import(Write("nzz-2022-09-01.geojson", Square));
        var other = Write("other-2022-09-01.geojson", Square.Replace("48.1", "48.2", StringComparison.Ordinal));
        await Assert.ThrowsAsync<SnapshotConflictException>(() => Import(other));
        var replaced = await new MapImporter(_store, _http).ImportAsync([other], "nzz", _nzz, null, true, default);
        Assert.True(replaced[0].Added);
        var stored = Assert.Single(await _store.ListAsync(null, default));
        Assert.Equal(replaced[0].ContentHash, stored.ContentHash);
    }

    [Fact]
    public async Task Kml_with_3d_positions_imports()
    {
        var kml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
              <Placemark><name>Occupied</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
                37,48,0 37.1,48,0 37.1,48.1,0 37,48.1,0 37,48,0
              </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
              <Placemark><name>Kupiansk</name><Point><coordinates>37.6,49.7,0</coordinates></Point></Placemark>
            </Document></kml>
            """;
        var path = Write("mine-2022-09-05.kml", kml);
        var result = await new MapImporter(_store, _http).ImportAsync([path], "deepstate", PublisherProfile.Builtin("deepstate")!, null, false, default);
        // 0.1° × 0.1° at 48° N: about 11.1 km × 7.45 km.
        Assert.Equal(82.8, result[0].HeldKm2, 0.5);
        Assert.Equal(new DateOnly(2022, 9, 5), result[0].AsOf);
    }

    [Fact]
    public async Task A_kml_with_a_dtd_is_refused()
    {
        var path = Write("dtd-2022-09-05.kml", """<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY x "y">]><kml><Document/></kml>""");
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => Import(path));
        Assert.Contains("not valid KML", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_is_fetched_over_http()
    {
        var real = await File.ReadAllBytesAsync(SharedData.Control("nzz-2022-09-11.geojson"));
        using var listener = new HttpListener();
        var port = Random.Shared.Next(20000, 60000);
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var serve = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            context.Response.StatusCode = context.Request.Url!.AbsolutePath.EndsWith("nzz-2022-09-11.geojson", StringComparison.Ordinal) ? 200 : 404;
            await context.Response.OutputStream.WriteAsync(real);
            context.Response.Close();
        });
        var result = await Import($"http://127.0.0.1:{port}/maps/nzz-2022-09-11.geojson");
        await serve;
        Assert.Equal(ContentHash.Of(real), result[0].ContentHash);
        Assert.Equal(92_222.0, result[0].HeldKm2, 50.0);
    }
}
