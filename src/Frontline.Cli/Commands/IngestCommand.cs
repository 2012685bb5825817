using System.CommandLine;
using Frontline.Documents;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline ingest FILE|DIR...</c>: read documents, extract their claims, store both, one file per transaction.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders (folders are read recursively; *.claims.json gold files are skipped)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Ingest text, HTML, RSS/Atom and Telegram exports; extract and store their claims") { paths };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var places = ClaimsContext.Places(parse.GetValue(MapsContext.Geo), error);
            var extractor = ClaimsContext.Extractor(places);
            await using var ledger = await CliLedger.OpenAsync(parse, ct);
            var ingester = new Ingester(ledger.Documents, extractor, DocumentReadOptions.Default);
            var summary = await ingester.IngestAsync(Expand(parse.GetValue(paths)!, error), output, error, ct);
            output.WriteLine($"{summary.Files} files: {summary.Added} documents added, {summary.Duplicates} duplicates, {summary.NearDuplicates} near-duplicates linked, {summary.Claims} claims; {summary.Errors} files with errors");
            return summary.Errors == 0 ? 0 : 1;
        });
        return command;
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths, TextWriter error)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !f.EndsWith(".claims.json", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else
            {
                yield return path;
            }
        }
    }
}
