using System.CommandLine;
using System.Globalization;
using Frontline.Ledger;
using Frontline.Maps;
using Spectre.Console;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline maps series</c>: one row per consecutive pair of snapshots.</summary>
internal static class MapsSeriesCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "Publisher", Required = true };
        var from = new Option<string>("--from") { Description = "Start date YYYY-MM-DD", Required = true };
        var to = new Option<string>("--to") { Description = "End date YYYY-MM-DD", Required = true };
        var csv = new Option<bool>("--csv") { Description = "Print CSV" };
        var command = new Command("series", "Held km², km² gained by each side, deepest advance and settlements changed, per consecutive pair")
        {
            source, from, to, csv,
        };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var sourceName = parse.GetRequiredValue(source);
            var fromDate = CliParse.Date(parse.GetRequiredValue(from), "--from");
            var toDate = CliParse.Date(parse.GetRequiredValue(to), "--to");
            if (toDate < fromDate)
            {
                throw new CliException("--to is before --from");
            }
            await using var ledger = await CliLedger.OpenAsync(parse, ct);
            var analyzer = MapsContext.Analyzer(parse);
            var store = ledger.Snapshots;
            IReadOnlyList<SeriesRow> rows;
            // A progress bar only for a person watching a terminal, never into a file or a test's writer.
            if (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected)
            {
                rows = await AnsiConsole.Progress().StartAsync(async p =>
                {
                    var task = p.AddTask($"{sourceName} pairs");
                    return await Series.ComputeAsync(analyzer, store, sourceName, fromDate, toDate,
                        (done, total) => { task.MaxValue = total; task.Value = done; }, ct);
                });
            }
            else
            {
                rows = await Series.ComputeAsync(analyzer, store, sourceName, fromDate, toDate, null, ct);
            }
            var inv = CultureInfo.InvariantCulture;
            if (parse.GetValue(csv))
            {
                output.WriteLine("date,previous_date,days,held_km2,ua_gained_km2,ru_gained_km2,net_km2_per_day,contested_km2,deepest_advance_km,deepest_advance_side,settlements_changed,inputs_hash");
                foreach (var r in rows)
                {
                    output.WriteLine(string.Create(inv,
                        $"{r.Date:yyyy-MM-dd},{r.PreviousDate:yyyy-MM-dd},{r.Days},{r.HeldKm2:0.###},{r.UaGainedKm2:0.###},{r.RuGainedKm2:0.###},{r.NetKm2PerDay:0.###},{r.ContestedKm2:0.###},{r.DeepestAdvanceKm:0.###},{r.DeepestAdvanceSide},{r.SettlementsChanged},{r.InputsHash}"));
                }
                return 0;
            }
            output.WriteLine($"{"date",-10} {"held km²",11} {"UA gained",10} {"RU gained",10} {"net/day",9} {"deepest km",11} {"settl.",6}");
            foreach (var r in rows)
            {
                output.WriteLine(string.Create(inv,
                    $"{r.Date:yyyy-MM-dd} {r.HeldKm2,11:N1} {r.UaGainedKm2,10:N1} {r.RuGainedKm2,10:N1} {r.NetKm2PerDay,9:N1} {(r.DeepestAdvanceKm is { } d ? $"{d:N1} {r.DeepestAdvanceSide}" : "–"),11} {r.SettlementsChanged,6}"));
            }
            output.WriteLine(string.Create(inv,
                $"{rows.Count} pairs; Ukraine gained {rows.Sum(r => r.UaGainedKm2):N1} km², Russia gained {rows.Sum(r => r.RuGainedKm2):N1} km²"));
            return 0;
        });
        return command;
    }
}
