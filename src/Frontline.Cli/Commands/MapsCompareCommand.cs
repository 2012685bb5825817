using System.CommandLine;
using System.Globalization;
using Frontline.Geometry;
using Frontline.Ledger;
using Frontline.Maps;
using NetTopologySuite.Features;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline maps compare</c>: where two publishers disagree on one date.</summary>
internal static class MapsCompareCommand
{
    public static Command Create()
    {
        var date = new Option<string>("--date") { Description = "Date YYYY-MM-DD", Required = true };
        var sources = new Option<string>("--sources") { Description = "Two publishers, comma-separated: A,B", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var geojson = new Option<string?>("--geojson") { Description = "Write the areas held by one publisher only to this GeoJSON file" };
        var command = new Command("compare", "km² held by one publisher and not the other, total and by oblast") { date, sources, json, geojson };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var names = parse.GetRequiredValue(sources).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length != 2)
            {
                throw new CliException("--sources takes two publishers: A,B");
            }
            await using var ledger = await CliLedger.OpenAsync(parse, ct);
            var analyzer = MapsContext.Analyzer(parse);
            var c = await MapComparer.CompareAsync(analyzer, ledger.Snapshots,
                CliParse.Date(parse.GetRequiredValue(date), "--date"), names[0], names[1], ct);
            if (parse.GetValue(geojson) is { } path)
            {
                var features = new FeatureCollection();
                foreach (var (area, only) in new[] { (c.OnlyA, c.SourceA), (c.OnlyB, c.SourceB) })
                {
                    for (var i = 0; i < area.NumGeometries; i++)
                    {
                        var polygon = area.GetGeometryN(i);
                        features.Add(new Feature(polygon, new AttributesTable
                        {
                            { "held_only_by", only }, { "km2", Math.Round(EqualArea.AreaKm2(polygon), 3) },
                            { "date", c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, { "inputs_hash", c.InputsHash },
                        }));
                    }
                }
                ChangeFiles.WriteGeoJson(features, path);
            }
            if (parse.GetValue(json))
            {
                output.WriteLine(System.Text.Json.JsonSerializer.Serialize(c, ChangeFiles.Json));
                return 0;
            }
            var inv = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(inv, $"{c.Date:yyyy-MM-dd}: {c.SourceA} ({c.SnapshotA.AsOf:yyyy-MM-dd}) vs {c.SourceB} ({c.SnapshotB.AsOf:yyyy-MM-dd})"));
            output.WriteLine(string.Create(inv, $"  held by {c.SourceA,-20} {c.HeldKm2A,12:N1} km²"));
            output.WriteLine(string.Create(inv, $"  held by {c.SourceB,-20} {c.HeldKm2B,12:N1} km²"));
            output.WriteLine(string.Create(inv, $"  held by both                 {c.BothKm2,12:N1} km²"));
            output.WriteLine(string.Create(inv, $"  only {c.SourceA,-22} {c.OnlyAKm2,12:N1} km²"));
            output.WriteLine(string.Create(inv, $"  only {c.SourceB,-22} {c.OnlyBKm2,12:N1} km²"));
            output.WriteLine($"  by oblast            {"only " + c.SourceA,16} {"only " + c.SourceB,16}");
            foreach (var o in c.ByOblast)
            {
                output.WriteLine(string.Create(inv, $"    {o.Oblast,-18} {o.OnlyAKm2,16:N1} {o.OnlyBKm2,16:N1}"));
            }
            foreach (var note in c.Notes)
            {
                output.WriteLine($"  note: {note}");
            }
            output.WriteLine($"  inputs sha256 {c.InputsHash[..16]}…");
            return 0;
        });
        return command;
    }
}
