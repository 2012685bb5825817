using System.Text.Json;
using System.Xml.Linq;
using Frontline.Cli;
using Frontline.Reports.Exports;
using Microsoft.VisualBasic.FileIO;

namespace Frontline.Tests.Reports;

/// <summary>Claims of real documents exported in ACLED-like columns, as CSV, GeoJSON points, KML and GeoPackage.</summary>
public sealed class ClaimExportTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("claims-export-").FullName;

    private string Db => Path.Combine(_dir, "ledger.db");

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await FrontlineCommand.RunAsync([.. args, "--db", Db, "--geo", SharedData.Geo], output, error);
        return (code, output.ToString(), error.ToString());
    }

    public async Task InitializeAsync()
    {
        var (code, _, err) = await Run("ingest", SharedData.Corpus("dev", "000-politico-2022-10-05.txt"), SharedData.Corpus("dev", "010-isw-assessment-2022-10-05.txt"));
        Assert.True(code == 0, err);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Csv_has_acled_columns_and_one_row_per_claim_and_place()
    {
        var path = Path.Combine(_dir, "claims.csv");
        var (code, text, err) = await Run("export", "--what", "claims", "--format", "csv", "--from", "2022-10-01", "--to", "2022-10-10", "--out", path);
        Assert.True(code == 0, err);
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        Assert.Equal(["event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "admin2", "location", "latitude", "longitude",
            "geo_precision", "time_precision", "source", "notes"], header.Take(14));
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }
        Assert.Contains($"wrote {path}: {rows.Count} claims features", text, StringComparison.Ordinal);
        Assert.True(rows.Count >= 10, $"{rows.Count} rows");
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        Assert.All(rows, r => Assert.Contains(r[1], new[] { "Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments" }));
        // A claim about a settlement linked to the gazetteer has its coordinates, exact geo precision and its raion.
        var located = rows.Where(r => r[8].Length > 0).ToList();
        Assert.NotEmpty(located);
        // Places in an oblast lie in Ukraine (the gazetteer also places Moscow and the like, with no admin1).
        Assert.All(located.Where(r => r[5].Length > 0), r => Assert.InRange(double.Parse(r[8], System.Globalization.CultureInfo.InvariantCulture), 44, 53));
        Assert.Contains(located, r => r[10] == "1" && r[6].Length > 0);
        // Territory claims name the other side as actor2.
        Assert.Contains(rows, r => r[2] == "territory.control" && r[3] == "Military Forces of Ukraine" && r[4] == "Military Forces of Russia");
    }

    [Theory]
    [InlineData("geojson")]
    [InlineData("kml")]
    [InlineData("gpkg")]
    public async Task Claims_export_as_points_in_every_format(string format)
    {
        var path = Path.Combine(_dir, "claims." + format);
        var (code, text, err) = await Run("export", "--what", "claims", "--out", path);
        Assert.True(code == 0, err);
        var count = int.Parse(text.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 0);
        switch (format)
        {
            case "geojson":
                using (var doc = JsonDocument.Parse(await File.ReadAllTextAsync(path)))
                {
                    var features = doc.RootElement.GetProperty("features");
                    Assert.Equal(count, features.GetArrayLength());
                    Assert.Contains(features.EnumerateArray(), f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object
                        && f.GetProperty("geometry").GetProperty("type").GetString() == "Point");
                }
                break;
            case "kml":
                XNamespace k = KmlExportWriter.Namespace;
                Assert.Equal(count, XDocument.Load(path).Descendants(k + "Placemark").Count());
                break;
            default:
                using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False"))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT count(*), (SELECT geometry_type_name FROM gpkg_geometry_columns) FROM claims";
                    using var r = command.ExecuteReader();
                    r.Read();
                    Assert.Equal(count, r.GetInt64(0));
                    Assert.Equal("POINT", r.GetString(1));
                }
                break;
        }
    }

    [Fact]
    public async Task Report_picks_claims_dated_in_the_window_ground_changing_hands_first()
    {
        using var ledger = Frontline.Ledger.SqliteLedger.Open(Db);
        var store = new Frontline.Documents.SqliteDocumentStore(ledger, TimeProvider.System);
        var chosen = await Frontline.Reports.ReportClaimSelection.SelectAsync(store, new DateOnly(2022, 10, 1), new DateOnly(2022, 10, 7), default);
        Assert.NotEmpty(chosen);
        Assert.True(chosen.Count <= Frontline.Reports.ReportClaimSelection.Limit);
        Assert.Contains(chosen, c => c.Type == "territory.control");
        Assert.All(chosen, c => Assert.True(string.CompareOrdinal(c.Date[..10], "2022-10-07") <= 0 && c.Date != "unknown", c.Date));
        Assert.All(chosen, c => Assert.False(string.IsNullOrEmpty(c.Document)));
    }

    [Fact]
    public async Task A_window_without_claims_is_one_line_and_no_file()
    {
        var path = Path.Combine(_dir, "none.csv");
        var (code, _, err) = await Run("export", "--what", "claims", "--from", "2030-01-01", "--to", "2030-01-31", "--out", path);
        Assert.NotEqual(0, code);
        Assert.Contains("no claims in that window", err, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
