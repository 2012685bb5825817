using System.CommandLine;
using System.Globalization;
using Frontline.Ledger;
using Frontline.Maps;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline maps diff</c>: what changed between two dates in one publisher's maps.</summary>
internal static class MapsDiffCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "Publisher", Required = true };
        var from = new Option<string>("--from") { Description = "Start date YYYY-MM-DD", Required = true };
        var to = new Option<string>("--to") { Description = "End date YYYY-MM-DD", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var geojson = new Option<string?>("--geojson") { Description = "Write the gained and lost polygons to this GeoJSON file" };
        var command = new Command("diff", "km² gained by each side (total and by oblast), deepest advance, settlements that changed hands")
        {
            source, from, to, json, geojson,
        };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var sourceName = parse.GetRequiredValue(source);
            var fromDate = CliParse.Date(parse.GetRequiredValue(from), "--from");
            var toDate = CliParse.Date(parse.GetRequiredValue(to), "--to");
            await using var ledger = await CliLedger.OpenAsync(parse, ct);
            var analyzer = MapsContext.Analyzer(parse);
            var change = await analyzer.DiffAsync(ledger.Snapshots, sourceName, fromDate, toDate, frontLengths: true, ct);
            if (parse.GetValue(geojson) is { } path)
            {
                ChangeFiles.WriteGeoJson(ChangeFiles.ToFeatures(change, analyzer.Terrain), path);
            }
            if (parse.GetValue(json))
            {
                output.WriteLine(ChangeFiles.ToJson(change));
                return 0;
            }
            Print(change, output);
            if (parse.GetValue(geojson) is { } written)
            {
                output.WriteLine($"wrote {written}");
            }
            return 0;
        });
        return command;
    }

    private static void Print(Change c, TextWriter o)
    {
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(inv, $"{c.Source}: {c.FromSnapshot.AsOf:yyyy-MM-dd} → {c.ToSnapshot.AsOf:yyyy-MM-dd}"));
        o.WriteLine(string.Create(inv, $"  held by Russia     {c.HeldKm2From,12:N1} → {c.HeldKm2To,12:N1} km²"));
        o.WriteLine(string.Create(inv, $"  Ukraine gained     {c.UaGainedKm2,12:N1} km²"));
        o.WriteLine(string.Create(inv, $"  Russia gained      {c.RuGainedKm2,12:N1} km²"));
        o.WriteLine(string.Create(inv, $"  net for Russia     {c.NetKm2,12:N1} km²"));
        o.WriteLine(string.Create(inv, $"  contested          {c.ContestedKm2From,12:N1} → {c.ContestedKm2To,12:N1} km²"));
        o.WriteLine(string.Create(inv, $"  front line length  {c.FrontLengthKmFrom,12:N0} → {c.FrontLengthKmTo,12:N0} km"));
        foreach (var a in c.MaxAdvanceBySide)
        {
            o.WriteLine(string.Create(inv, $"  deepest advance    {a.Side} {a.DepthKm:N1} km at {a.Lon:0.0000} E, {a.Lat:0.0000} N ({a.Oblast ?? "outside Ukraine"})"));
        }
        if (c.ByOblast.Count > 0)
        {
            o.WriteLine("  by oblast                 UA gained km²  RU gained km²");
            foreach (var ob in c.ByOblast)
            {
                o.WriteLine(string.Create(inv, $"    {ob.Oblast,-20} {ob.UaGainedKm2,14:N1} {ob.RuGainedKm2,14:N1}"));
            }
        }
        o.WriteLine($"  settlements that changed hands: {c.SettlementsChanged.Count}");
        foreach (var s in c.SettlementsChanged.Take(25))
        {
            o.WriteLine(string.Create(inv, $"    → {s.To,-9} {s.Name} ({s.Oblast}) {s.StatusFrom} → {s.StatusTo}"));
        }
        if (c.SettlementsChanged.Count > 25)
        {
            o.WriteLine($"    … and {c.SettlementsChanged.Count - 25} more (--json lists all)");
        }
        foreach (var note in c.Notes)
        {
            o.WriteLine($"  note: {note}");
        }
        o.WriteLine($"  inputs sha256 {c.InputsHash[..16]}… ({c.FromSnapshot.ContentHash[..12]} → {c.ToSnapshot.ContentHash[..12]})");
        o.WriteLine(string.Create(inv, $"  reproduce: frontline maps diff --source {c.Source} --from {c.From:yyyy-MM-dd} --to {c.To:yyyy-MM-dd}"));
    }
}
