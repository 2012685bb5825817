using System.CommandLine;
using Frontline.Ledger;
using Frontline.Reports;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline report</c>: a self-contained situation report for one publisher and window.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "First day YYYY-MM-DD", Required = true };
        var to = new Option<string>("--to") { Description = "Last day YYYY-MM-DD (after --from)", Required = true };
        var source = new Option<string>("--source") { Description = "Map publisher (default deepstate)", DefaultValueFactory = _ => "deepstate" };
        var format = new Option<string>("--format") { Description = "html or md (default: from --out's extension, else html)" };
        var output = new Option<string>("--out") { Description = "File to write (replaced only once the report is complete)", Required = true };
        var command = new Command("report", "Situation report: headline figures, map of the changes, km² per day, main claims, methods")
        {
            from, to, source, format, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var fromDate = CliParse.Date(parse.GetRequiredValue(from), "--from");
            var toDate = CliParse.Date(parse.GetRequiredValue(to), "--to");
            var path = parse.GetRequiredValue(output);
            var kind = parse.GetValue(format) ?? (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "md" : "html");
            if (kind is not ("html" or "md"))
            {
                throw new CliException($"--format: '{kind}' is not html or md");
            }
            AtomicFile.Check(path);
            var sourceName = parse.GetRequiredValue(source);
            await using var ledger = await CliLedger.OpenAsync(parse, ct);
            var store = ledger.Snapshots;
            try
            {
                await ReportBuilder.CheckWindowAsync(store, sourceName, fromDate, toDate, ct);
            }
            catch (ArgumentException e)
            {
                throw new CliException(e.Message);
            }
            var analyzer = MapsContext.Analyzer(parse);
            var claims = await ReportClaims.LoadAsync(ledger, fromDate, toDate, ct);
            var report = await ReportBuilder.BuildAsync(analyzer, store, sourceName, fromDate, toDate, claims, ct);
            var text = kind == "md" ? MarkdownReport.Render(report) : HtmlReport.Render(report);
            await AtomicFile.WriteAsync(path, (temp, c) => File.WriteAllTextAsync(temp, text, new System.Text.UTF8Encoding(false), c), ct);
            var o = parse.InvocationConfiguration.Output;
            await o.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"wrote {path}: {sourceName} {report.Change.FromSnapshot.AsOf:yyyy-MM-dd} → {report.Change.ToSnapshot.AsOf:yyyy-MM-dd}, Ukraine gained {report.Change.UaGainedKm2:N1} km², Russia gained {report.Change.RuGainedKm2:N1} km², {report.Change.SettlementsChanged.Count} settlements changed hands, {report.Claims.Count} claims"));
            await o.WriteLineAsync($"figures: {report.DiffCommand}");
            return 0;
        });
        return command;
    }
}
