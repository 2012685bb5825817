using System.CommandLine;
using System.Globalization;
using Frontline.Ledger;
using Frontline.Maps;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline maps …</c>: import areas-of-control maps and measure what changed.</summary>
internal static class MapsCommands
{
    public static Command Create()
    {
        var maps = new Command("maps", "Areas-of-control maps: import, list, diff, series, compare");
        maps.Subcommands.Add(Import());
        maps.Subcommands.Add(List());
        maps.Subcommands.Add(MapsDiffCommand.Create());
        maps.Subcommands.Add(MapsSeriesCommand.Create());
        maps.Subcommands.Add(MapsCompareCommand.Create());
        return maps;
    }

    private static Command Import()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "GeoJSON or KML files, folders of them, or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var source = new Option<string>("--source") { Description = "Publisher: deepstate, deepstate_occupied, isw, nzz, or your own with --profile", Required = true };
        var date = new Option<string?>("--date") { Description = "As-of date YYYY-MM-DD (default: from each file name)" };
        var profile = new Option<string?>("--profile") { Description = "A publisher profile JSON file (default: the built-in profile named by --source)" };
        var replace = new Option<bool>("--replace") { Description = "Supersede a different map already stored for the same source and date" };
        var maxMb = new Option<int>("--max-mb") { Description = "Refuse files larger than this", DefaultValueFactory = _ => 256 };
        var command = new Command("import", "Import publishers' maps as snapshots (all or nothing)") { inputs, source, date, profile, replace, maxMb };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var sourceName = parse.GetRequiredValue(source);
            var chosen = parse.GetValue(profile) is { } path ? PublisherProfile.Load(path) : PublisherProfile.Builtin(sourceName)
                ?? throw new CliException($"no built-in profile '{sourceName}' (built-in: {string.Join(", ", PublisherProfile.BuiltinNames)}); pass --profile FILE.json");
            DateOnly? asOf = parse.GetValue(date) is { } d ? CliParse.Date(d, "--date") : null;
            await using var ledger = await CliLedger.OpenAsync(parse, ct);
            using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
            var importer = new MapImporter(ledger.Snapshots, http) { MaxBytes = parse.GetValue(maxMb) * 1024L * 1024 };
            var results = await importer.ImportAsync(parse.GetRequiredValue(inputs), sourceName, chosen, asOf, parse.GetValue(replace), ct);
            foreach (var r in results)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{(r.Added ? "imported" : "unchanged")}  {sourceName} {r.AsOf:yyyy-MM-dd}  held {r.HeldKm2,10:N1} km²  contested {r.ContestedKm2,8:N1} km²  sha256 {r.ContentHash[..12]}  {Path.GetFileName(r.Origin)}"));
                foreach (var note in r.Notes)
                {
                    output.WriteLine($"    note: {note}");
                }
            }
            output.WriteLine($"{results.Count(r => r.Added)} imported, {results.Count(r => !r.Added)} already in the ledger ({ledger.Display})");
            return 0;
        });
        return command;
    }

    private static Command List()
    {
        var source = new Option<string?>("--source") { Description = "Only this publisher" };
        var command = new Command("list", "Snapshots by source and date with held and contested km²") { source };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var ledger = await CliLedger.OpenAsync(parse, ct);
            var list = await ledger.Snapshots.ListAsync(parse.GetValue(source), ct);
            output.WriteLine($"{"source",-20} {"as of",-10} {"held km²",12} {"contested km²",14}  sha256");
            foreach (var s in list)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Source,-20} {s.AsOf:yyyy-MM-dd} {s.HeldKm2,12:N1} {s.ContestedKm2,14:N1}  {s.ContentHash[..12]}"));
            }
            output.WriteLine($"{list.Count} snapshot(s)");
            return 0;
        });
        return command;
    }
}
