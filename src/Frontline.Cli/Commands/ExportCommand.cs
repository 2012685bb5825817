using System.CommandLine;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Places;
using Frontline.Reports;
using Frontline.Reports.Exports;
using Spectre.Console;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline export</c>: claims, changes or snapshots as GeoJSON, CSV, KML or GeoPackage, streamed feature by feature.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var what = new Option<string>("--what") { Description = "claims, changes or snapshots", Required = true };
        var format = new Option<string>("--format") { Description = "geojson, csv, kml or gpkg (default: from --out's extension)" };
        var from = new Option<string?>("--from") { Description = "First day YYYY-MM-DD (inclusive)" };
        var to = new Option<string?>("--to") { Description = "Last day YYYY-MM-DD (inclusive)" };
        var source = new Option<string?>("--source") { Description = "Only this map publisher (default: all)" };
        var wkt = new Option<bool>("--wkt") { Description = "CSV: add a wkt column with each geometry (for QGIS delimited-text layers)" };
        var output = new Option<string>("--out") { Description = "File to write (replaced only once the export is complete)", Required = true };
        var command = new Command("export", "Export claims, changes or snapshots for QGIS, spreadsheets and Google Earth")
        {
            what, format, from, to, source, wkt, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetRequiredValue(output);
            var kind = parse.GetRequiredValue(what);
            if (kind is not ("claims" or "changes" or "snapshots"))
            {
                throw new CliException($"--what: '{kind}' is not claims, changes or snapshots");
            }
            var fmt = parse.GetValue(format) ?? Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
            if (!Exporter.Formats.Contains(fmt))
            {
                throw new CliException($"--format: '{fmt}' is not one of {string.Join(", ", Exporter.Formats)}");
            }
            var fromDate = parse.GetValue(from) is { } f ? CliParse.Date(f, "--from") : (DateOnly?)null;
            var toDate = parse.GetValue(to) is { } t ? CliParse.Date(t, "--to") : (DateOnly?)null;
            if (fromDate is { } a && toDate is { } b && b < a)
            {
                throw new CliException($"empty window: --to {b:yyyy-MM-dd} is before --from {a:yyyy-MM-dd}");
            }
            AtomicFile.Check(path);
            await using var ledger = await CliLedger.OpenAsync(parse, ct);
            var (layer, records) = kind == "claims"
                ? await Claims(parse, ledger.Documents, fromDate, toDate, ct)
                : await Maps(parse, ledger, kind, parse.GetValue(source), fromDate, toDate, ct);
            var o = parse.InvocationConfiguration.Output;
            long written;
            // A live counter only for a person at a terminal; files and tests get the one summary line.
            if (ReferenceEquals(o, Console.Out) && !Console.IsOutputRedirected)
            {
                written = await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
                    .StartAsync(async p =>
                    {
                        var task = p.AddTask($"{kind} → {Path.GetFileName(path)}");
                        task.IsIndeterminate = true;
                        var n = await Exporter.WriteAsync(path, fmt, parse.GetValue(wkt), layer, records,
                            count => task.Description = $"{kind} → {Path.GetFileName(path)}: {count:N0} features", ct);
                        task.StopTask();
                        return n;
                    });
            }
            else
            {
                written = await Exporter.WriteAsync(path, fmt, parse.GetValue(wkt), layer, records, null, ct);
            }
            await o.WriteLineAsync($"wrote {path}: {written} {kind} features ({fmt}, layer '{layer.Name}', WGS 84 lon/lat)");
            return 0;
        });
        return command;
    }

    private static async Task<(ExportLayer, IAsyncEnumerable<ExportRecord>)> Claims(
        ParseResult parse, IDocumentStore store, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var query = new ClaimQuery(From: from, To: to);
        if ((await store.QueryClaimsAsync(query with { Limit = 1 }, ct)).Count == 0)
        {
            throw new CliException("no claims in that window: nothing to export (frontline ingest adds documents and their claims)");
        }
        var gazetteer = SettlementFile.Read(GeoDataPaths.Locate(parse.GetValue(MapsContext.Geo)).Settlements)
            .GroupBy(s => s.GeonameId).ToDictionary(g => g.Key, g => g.First());
        return (ClaimExports.Layer, ClaimExports.RowsAsync(store, query, gazetteer, ct));
    }

    private static async Task<(ExportLayer, IAsyncEnumerable<ExportRecord>)> Maps(
        ParseResult parse, ILedger ledger, string kind, string? source, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var store = ledger.Snapshots;
        if (source is not null && (await store.ListAsync(source, ct)).Count == 0)
        {
            var known = string.Join(", ", (await store.ListAsync(null, ct)).Select(s => s.Source).Distinct(StringComparer.Ordinal));
            throw new CliException($"unknown source '{source}': the ledger holds {(known.Length == 0 ? "no snapshots" : known)}");
        }
        var infos = await MapExports.ListAsync(store, source, from, to, ct);
        if (infos.Count == 0)
        {
            throw new CliException("no snapshots in that window: nothing to export");
        }
        return kind == "snapshots"
            ? (MapExports.SnapshotLayer, MapExports.SnapshotsAsync(store, infos, ct))
            : (MapExports.ChangeLayer, MapExports.ChangesAsync(MapsContext.Analyzer(parse), store, infos, ct));
    }
}
