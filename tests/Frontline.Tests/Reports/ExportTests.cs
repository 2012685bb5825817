using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using Frontline.Cli;
using Frontline.Geometry;
using Frontline.Reports.Exports;
using Frontline.Tests.Maps;
using Microsoft.Data.Sqlite;
using Microsoft.VisualBasic.FileIO;
using NetTopologySuite.Features;
using NetTopologySuite.IO;
using NetTopologySuite.IO.Converters;

namespace Frontline.Tests.Reports;

/// <summary>Exports read back with NetTopologySuite, GDAL's ogrinfo/ogr2ogr, a standard CSV parser and an XML parser.</summary>
[Collection(RealMapsCollection.Name)]
public sealed class ExportTests(RealMapsFixture maps) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("export-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private async Task<string> Export(string what, string format, params string[] more)
    {
        var path = Path.Combine(_dir, $"{what}.{format}");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FrontlineCommand.RunAsync(["export", "--what", what, "--format", format, "--out", path, .. more, "--db", maps.DbPath, "--geo", SharedData.Geo], output, error);
        Assert.True(code == 0, error.ToString());
        Assert.Contains($"wrote {path}", output.ToString(), StringComparison.Ordinal);
        return path;
    }

    /// <summary>The figures the exports must carry: the ground each side gained, summed over ISW's consecutive pairs in the window.</summary>
    private static readonly Lock s_lock = new();
    private static Task<(int Pieces, double Ua, double Ru)>? s_expected;

    private Task<(int Pieces, double Ua, double Ru)> Expected()
    {
        lock (s_lock)
        {
            return s_expected ??= Compute(maps);
        }
    }

    private static async Task<(int Pieces, double Ua, double Ru)> Compute(RealMapsFixture maps)
    {
        var rows = await Frontline.Maps.Series.ComputeAsync(maps.Analyzer, maps.Store, "isw", new DateOnly(2022, 9, 1), new DateOnly(2022, 10, 31), null, default);
        var pieces = 0;
        foreach (var r in rows)
        {
            var c = await maps.Analyzer.DiffAsync(maps.Store, "isw", r.PreviousDate, r.Date, default);
            pieces += c.UaGainedArea.NumGeometries + c.RuGainedArea.NumGeometries;
        }
        return (pieces, rows.Sum(r => r.UaGainedKm2), rows.Sum(r => r.RuGainedKm2));
    }

    private static FeatureCollection ReadGeoJson(string path)
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(path), options)!;
    }

    private static double Km2(FeatureCollection features, string side) =>
        features.Where(f => Equals(f.Attributes["side"], side)).Sum(f => EqualArea.AreaKm2(f.Geometry));

    private static string Ogr(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        var err = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {err}");
        return text;
    }

    [Fact]
    public async Task Changes_geojson_reads_back_with_nts_and_ogr_with_the_same_features_and_areas()
    {
        var (pieces, ua, ru) = await Expected();
        var path = await Export("changes", "geojson", "--source", "isw", "--from", "2022-09-01", "--to", "2022-10-31");
        var features = ReadGeoJson(path);
        Assert.Equal(pieces, features.Count);
        Assert.Equal(ua, Km2(features, "UA"), 0.5);
        Assert.Equal(ru, Km2(features, "RU"), 0.5);
        Assert.Equal(ua, features.Where(f => Equals(f.Attributes["side"], "UA")).Sum(f => Convert.ToDouble(f.Attributes["km2"], System.Globalization.CultureInfo.InvariantCulture)), 0.5);
        Assert.Contains($"Feature Count: {pieces}", Ogr("ogrinfo", "-so", "-al", path), StringComparison.Ordinal);
        // Through GDAL and back: same features, same areas.
        var again = Path.Combine(_dir, "again.geojson");
        Ogr("ogr2ogr", "-f", "GeoJSON", again, path);
        var back = ReadGeoJson(again);
        Assert.Equal(pieces, back.Count);
        Assert.Equal(ua, Km2(back, "UA"), 0.5);
    }

    [Fact]
    public async Task Changes_geopackage_reads_back_with_nts_and_ogr_with_the_same_features_and_areas()
    {
        var (pieces, ua, ru) = await Expected();
        var path = await Export("changes", "gpkg", "--source", "isw", "--from", "2022-09-01", "--to", "2022-10-31");
        var reader = new GeoPackageGeoReader { HandleSRID = true };
        double readUa = 0, readRu = 0;
        var count = 0;
        using (var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT geom, side FROM changes";
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                var g = reader.Read((byte[])rows[0]);
                Assert.Equal(4326, g.SRID);
                if (rows.GetString(1) == "UA")
                {
                    readUa += EqualArea.AreaKm2(g);
                }
                else
                {
                    readRu += EqualArea.AreaKm2(g);
                }
                count++;
            }
        }
        Assert.Equal(pieces, count);
        Assert.Equal(ua, readUa, 0.5);
        Assert.Equal(ru, readRu, 0.5);
        var info = Ogr("ogrinfo", "-so", "-al", path);
        Assert.Contains($"Feature Count: {pieces}", info, StringComparison.Ordinal);
        Assert.Contains("Geometry: Polygon", info, StringComparison.Ordinal);
        Assert.Contains("WGS 84", info, StringComparison.Ordinal);
        var again = Path.Combine(_dir, "from-gpkg.geojson");
        Ogr("ogr2ogr", "-f", "GeoJSON", again, path, "changes");
        var back = ReadGeoJson(again);
        Assert.Equal(pieces, back.Count);
        Assert.Equal(ua, Km2(back, "UA"), 0.5);
        Assert.Equal(ru, Km2(back, "RU"), 0.5);
    }

    [Fact]
    public async Task Snapshots_geopackage_carries_each_snapshots_km2()
    {
        var path = await Export("snapshots", "gpkg", "--source", "nzz", "--from", "2022-09-01", "--to", "2022-09-30");
        var infos = (await maps.Store.ListAsync("nzz", default)).Where(s => s.AsOf.Month == 9 && s.AsOf.Year == 2022).ToList();
        Assert.NotEmpty(infos);
        var again = Path.Combine(_dir, "snapshots-again.geojson");
        Ogr("ogr2ogr", "-f", "GeoJSON", again, path);
        var back = ReadGeoJson(again);
        foreach (var info in infos)
        {
            var held = back.Single(f => Equals(f.Attributes["as_of"], info.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) && Equals(f.Attributes["status"], "held"));
            Assert.Equal(info.HeldKm2, Convert.ToDouble(held.Attributes["km2"], System.Globalization.CultureInfo.InvariantCulture), 0.01);
            Assert.Equal(info.HeldKm2, EqualArea.AreaKm2(held.Geometry), info.HeldKm2 * 0.001);
            Assert.Equal(info.ContentHash, held.Attributes["content_hash"]);
        }
    }

    [Fact]
    public async Task Changes_csv_opens_with_a_standard_reader_with_the_expected_columns()
    {
        var (pieces, ua, _) = await Expected();
        var path = await Export("changes", "csv", "--source", "isw", "--from", "2022-09-01", "--to", "2022-10-31");
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        Assert.Equal(["source", "from", "to", "days", "side", "change", "km2", "oblast", "inputs_hash"], header);
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }
        Assert.Equal(pieces, rows.Count);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        Assert.Equal(ua, rows.Where(r => r[4] == "UA").Sum(r => double.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture)), 0.5);
    }

    [Fact]
    public async Task Csv_with_wkt_gives_geometries_gdal_reads()
    {
        var path = await Export("changes", "csv", "--source", "isw", "--from", "2022-09-01", "--to", "2022-09-12", "--wkt");
        var rows = File.ReadLines(path).Count() - 1;
        Assert.True(rows > 0);
        // GDAL's CSV driver builds each geometry from the wkt column: the layer gets an extent inside Ukraine.
        var info = Ogr("ogrinfo", "-so", "-al", "-oo", "GEOM_POSSIBLE_NAMES=wkt", "-oo", "KEEP_GEOM_COLUMNS=NO", path);
        Assert.Contains($"Feature Count: {rows}", info, StringComparison.Ordinal);
        var extent = System.Text.RegularExpressions.Regex.Match(info, @"Extent: \(([\d.]+), ([\d.]+)\) - \(([\d.]+), ([\d.]+)\)");
        Assert.True(extent.Success, info);
        Assert.InRange(double.Parse(extent.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 22, 41);
        Assert.InRange(double.Parse(extent.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 44, 53);
    }

    [Fact]
    public async Task Kml_is_well_formed_with_the_kml_structure()
    {
        var (pieces, ua, _) = await Expected();
        var path = await Export("changes", "kml", "--source", "isw", "--from", "2022-09-01", "--to", "2022-10-31");
        XNamespace k = KmlExportWriter.Namespace;
        var doc = XDocument.Load(path);
        Assert.Equal(k + "kml", doc.Root!.Name);
        var document = Assert.Single(doc.Root.Elements(k + "Document"));
        Assert.NotEmpty(document.Elements(k + "Style"));
        var placemarks = document.Element(k + "Folder")!.Elements(k + "Placemark").ToList();
        Assert.Equal(pieces, placemarks.Count);
        foreach (var p in placemarks)
        {
            Assert.NotNull(p.Element(k + "name"));
            Assert.StartsWith("#", p.Element(k + "styleUrl")!.Value, StringComparison.Ordinal);
            var polygon = p.Element(k + "Polygon")!;
            var coords = polygon.Element(k + "outerBoundaryIs")!.Element(k + "LinearRing")!.Element(k + "coordinates")!.Value.Split(' ');
            Assert.True(coords.Length >= 4);
            Assert.Equal(coords[0], coords[^1]);
            var lonLat = coords[0].Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.InRange(lonLat[0], 22, 41);
            Assert.InRange(lonLat[1], 44, 53);
        }
        // GDAL's KML driver reads it as polygons too.
        Assert.Contains($"Feature Count: {pieces}", Ogr("ogrinfo", "-so", "-al", path), StringComparison.Ordinal);
        _ = ua;
    }

    public static TheoryData<string[], string> BadArguments => new()
    {
        { ["--what", "changes", "--format", "geojson", "--from", "2022-09-10", "--to", "2022-09-01"], "empty window" },
        { ["--what", "changes", "--format", "geojson", "--source", "nosuch"], "unknown source 'nosuch'" },
        { ["--what", "changes", "--format", "shp"], "--format" },
        { ["--what", "things", "--format", "csv"], "--what" },
        { ["--what", "snapshots", "--format", "csv", "--from", "2030-01-01"], "no snapshots" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_give_one_line_and_no_file(string[] args, string message)
    {
        var path = Path.Combine(_dir, "out.geojson");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FrontlineCommand.RunAsync(["export", .. args, "--out", path, "--db", maps.DbPath, "--geo", SharedData.Geo], output, error);
        Assert.NotEqual(0, code);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Theory]
    [InlineData("geojson")]
    [InlineData("csv")]
    [InlineData("kml")]
    [InlineData("gpkg")]
    public async Task A_failure_half_way_leaves_no_file(string format)
    {
        var path = Path.Combine(_dir, "half." + format);
        await Assert.ThrowsAsync<InvalidDataException>(() => Exporter.WriteAsync(path, format, false, MapExports.SnapshotLayer, Failing(), null, default));
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    private static async IAsyncEnumerable<ExportRecord> Failing()
    {
        for (var i = 0; i < 3; i++)
        {
            await Task.Yield();
            yield return new ExportRecord(Geo.Point(30 + i, 48), ["s", "2022-09-01", "held", 1.0, "h", "o"]);
        }
        throw new InvalidDataException("the ledger went away");
    }
}
