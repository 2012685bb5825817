using System.CommandLine;
using System.Globalization;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Documents;
using Frontline.Verification;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline demo</c>: the whole workflow of the seed article on the data at hand, step by step.</summary>
/// <remarks>
/// The seed article (Politico, 2022-10-05) measured Ukraine's gains by hand on the other side's maps. The demo
/// imports the three publishers' autumn 2022 maps, measures the Kharkiv and Kherson counteroffensives, and
/// prints the command that reproduces every figure.
/// </remarks>
internal static class DemoCommand
{
    public static Command Create()
    {
        var control = new Option<string?>("--control") { Description = "Folder of areas-of-control maps (default: ../shared/data/control)" };
        var corpus = new Option<string?>("--corpus") { Description = "Folder of reports with gold claims (default: ../shared/corpus/dev)" };
        var demo = new Command("demo", "Run the whole workflow on the shared data: maps, changes, claims, verdicts") { control, corpus };
        demo.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var controlDir = parse.GetValue(control) ?? SharedFolder.Locate(Path.Combine("data", "control"));
            await using var ledger = await CliLedger.OpenAsync(parse, ct);
            var store = ledger.Snapshots;
            output.WriteLine($"Frontline demo — ledger {(ledger.Kind == "sqlite" ? Path.GetFullPath(ledger.Display) : ledger.Display)}");
            output.WriteLine();
            await ImportMapsAsync(store, controlDir, output, ct);
            var analyzer = MapsContext.Analyzer(parse);
            var step = 2;
            await DiffAsync(analyzer, store, step++, "Kharkiv counteroffensive", "deepstate", new DateOnly(2022, 9, 1), new DateOnly(2022, 9, 12), output, ct);
            await DiffAsync(analyzer, store, step++, "Dudchany breakthrough (the article's \"30 km in a day\")", "deepstate", new DateOnly(2022, 10, 3), new DateOnly(2022, 10, 4), output, ct);
            await DiffAsync(analyzer, store, step++, "Kherson: the right bank returns", "deepstate", new DateOnly(2022, 11, 7), new DateOnly(2022, 11, 13), output, ct);
            var seed = Path.Combine(parse.GetValue(corpus) ?? SharedFolder.Locate(Path.Combine("corpus", "dev")), "000-politico-2022-10-05.txt");
            await SeedLedgerAsync(parse, ledger, analyzer, store, seed, step, output, ct);
            return 0;
        });
        return demo;
    }

    private static async Task ImportMapsAsync(ISnapshotStore store, string controlDir, TextWriter output, CancellationToken ct)
    {
        output.WriteLine($"1. Maps of control, autumn 2022, from {controlDir}");
        using var http = new HttpClient();
        var importer = new MapImporter(store, http);
        foreach (var source in new[] { "deepstate", "isw", "nzz" })
        {
            var files = Directory.GetFiles(controlDir, source + "-2022-*.geojson")
                .Where(f => string.CompareOrdinal(Path.GetFileName(f), $"{source}-2022-09-01") >= 0 && string.CompareOrdinal(Path.GetFileName(f), $"{source}-2022-11-21") < 0)
                .Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                output.WriteLine($"   {source}: no files");
                continue;
            }
            var results = await importer.ImportAsync(files, source, PublisherProfile.Builtin(source)!, null, false, ct);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   {source,-10} {results.Count,3} snapshots ({results.Count(r => r.Added)} new), {results[0].AsOf:yyyy-MM-dd}..{results[^1].AsOf:yyyy-MM-dd}; held {results[0].HeldKm2:N0} → {results[^1].HeldKm2:N0} km²"));
        }
        output.WriteLine($"   reproduce: frontline maps import {controlDir} --source deepstate");
        output.WriteLine();
    }

    /// <summary>The article the product was born from: its claims, each judged against the three publishers' maps.</summary>
    private static async Task SeedLedgerAsync(ParseResult parse, ILedger ledger, ChangeAnalyzer analyzer, ISnapshotStore store, string seed, int step, TextWriter o, CancellationToken ct)
    {
        o.WriteLine($"{step}. The seed article's claims and their verdicts: {Path.GetFileName(seed)}");
        var documents = ledger.Documents;
        var places = ClaimsContext.Places(parse.GetValue(MapsContext.Geo), parse.InvocationConfiguration.Error);
        await new Ingester(documents, ClaimsContext.Extractor(places), DocumentReadOptions.Default).IngestAsync([seed], TextWriter.Null, parse.InvocationConfiguration.Error, ct);
        var all = await documents.QueryClaimsAsync(new ClaimQuery(), ct);
        var claims = all.Where(c => c.DocumentName == Path.GetFileName(seed)).ToList();
        var verdicts = await new Verifier(analyzer).VerifyAsync(store, claims, all, await Verifier.PublishersAsync(documents, all, ct), ct);
        await ledger.Verdicts.AddChangedAsync(verdicts, TimeProvider.System.GetUtcNow(), ct);
        var byId = claims.ToDictionary(c => c.Id);
        foreach (var v in verdicts.Where(v => v.Value != Verdicts.Unverifiable))
        {
            VerdictText.Write(o, byId[v.ClaimId], v, explain: false);
            o.WriteLine($"        {v.Why}");
        }
        o.WriteLine($"   {claims.Count} claims: " + string.Join(", ", verdicts.GroupBy(v => v.Value).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"))
            + " (mobilisation, strikes and assessments cannot be seen on a map of control)");
        o.WriteLine("   reproduce: frontline verify --document 000-politico-2022-10-05.txt --explain");
    }

    private static async Task DiffAsync(ChangeAnalyzer analyzer, ISnapshotStore store, int step, string title, string source, DateOnly from, DateOnly to, TextWriter o, CancellationToken ct)
    {
        var c = await analyzer.DiffAsync(store, source, from, to, ct);
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine($"{step}. {title}: {source} {from:yyyy-MM-dd} → {to:yyyy-MM-dd}");
        o.WriteLine(string.Create(inv, $"   Ukraine gained {c.UaGainedKm2:N0} km², Russia gained {c.RuGainedKm2:N0} km² ({string.Join(", ", c.ByOblast.Take(3).Select(b => $"{b.Oblast} {b.UaGainedKm2:N0}"))})"));
        if (c.MaxAdvance is { } a)
        {
            o.WriteLine(string.Create(inv, $"   deepest advance: {a.Side} {a.DepthKm:N1} km at {a.Lon:0.000} E, {a.Lat:0.000} N ({a.Oblast})"));
        }
        var towns = c.SettlementsChanged.Where(s => s.To == "UA").Take(6).Select(s => s.Name);
        o.WriteLine($"   settlements that changed hands: {c.SettlementsChanged.Count} (largest to Ukraine: {string.Join(", ", towns)})");
        o.WriteLine(string.Create(inv, $"   reproduce: frontline maps diff --source {source} --from {from:yyyy-MM-dd} --to {to:yyyy-MM-dd}   (inputs {c.InputsHash[..12]})"));
        o.WriteLine();
    }
}
