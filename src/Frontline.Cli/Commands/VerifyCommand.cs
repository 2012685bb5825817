using System.CommandLine;
using System.Text.Json;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Places;
using Frontline.Verification;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline verify</c>: recompute verdicts, store those whose inputs changed, print them.</summary>
internal static class VerifyCommand
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    private static void Print(TextWriter output, IReadOnlyList<StoredClaim> claims, IReadOnlyList<Verdict> verdicts, bool explain, bool json)
    {
        if (json)
        {
            output.WriteLine(JsonSerializer.Serialize(verdicts, s_json));
            return;
        }
        var byId = claims.ToDictionary(c => c.Id);
        foreach (var v in verdicts)
        {
            VerdictText.Write(output, byId[v.ClaimId], v, explain);
        }
        output.WriteLine($"{verdicts.Count} claims: " + string.Join(", ", verdicts.GroupBy(v => v.Value).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}")));
    }

    public static Command Create()
    {
        var claim = new Option<long?>("--claim") { Description = "Only this claim" };
        var document = new Option<string?>("--document") { Description = "Only the claims of this document (name or hash)" };
        var explain = new Option<bool>("--explain") { Description = "Each publisher's answer, the maps it used and the command behind every figure" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var history = new Option<bool>("--history") { Description = "With --claim: every verdict the claim has had" };
        var gold = new Option<string?>("--gold") { Description = "Verify the gold claims of this folder (*.claims.json) instead of the ledger's; nothing is stored" };
        var command = new Command("verify", "Judge claims against every publisher's maps and the other sources") { claim, document, explain, json, history, gold };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var ledger = await CliLedger.OpenAsync(parse, ct);
            var verdictStore = ledger.Verdicts;
            if (parse.GetValue(history))
            {
                var id = parse.GetValue(claim) ?? throw new CliException("--history needs --claim ID");
                foreach (var (at, v) in await verdictStore.HistoryAsync(id, ct))
                {
                    output.WriteLine($"{at:yyyy-MM-dd HH:mm:ss}Z  {v.Value,-15} {v.InputsHash[..12]}  {v.Why}");
                }
                return 0;
            }
            var snapshots = ledger.Snapshots;
            if (parse.GetValue(gold) is { } goldDir)
            {
                var goldClaims = GoldClaims.Read(goldDir, PlaceIndex.Load(GeoDataPaths.Locate(parse.GetValue(MapsContext.Geo))));
                var judged = await new Verifier(MapsContext.Analyzer(parse)).VerifyAsync(snapshots, goldClaims, goldClaims,
                    goldClaims.Select(c => c.DocumentHash).Distinct().ToDictionary(h => h, h => h), ct);
                Print(output, goldClaims, judged, parse.GetValue(explain), parse.GetValue(json));
                return 0;
            }
            var documents = ledger.Documents;
            var all = await documents.QueryClaimsAsync(new ClaimQuery(), ct);
            var chosen = all.Where(c => parse.GetValue(claim) is not { } id || c.Id == id)
                .Where(c => parse.GetValue(document) is not { } d || c.DocumentName == d || c.DocumentHash.StartsWith(d, StringComparison.Ordinal))
                .ToList();
            if (chosen.Count == 0)
            {
                throw new CliException(parse.GetValue(claim) is { } missing ? $"no claim {missing}" : "no claims to verify: run 'frontline ingest' first");
            }
            var verdicts = await new Verifier(MapsContext.Analyzer(parse)).VerifyAsync(
                snapshots, chosen, all, await Verifier.PublishersAsync(documents, all, ct), ct);
            var changed = await verdictStore.AddChangedAsync(verdicts, TimeProvider.System.GetUtcNow(), ct);
            Print(output, chosen, verdicts, parse.GetValue(explain), parse.GetValue(json));
            if (!parse.GetValue(json))
            {
                output.WriteLine($"{changed} verdict(s) new or changed, {verdicts.Count - changed} unchanged (history: frontline verify --claim ID --history)");
            }
            return 0;
        });
        return command;
    }
}
