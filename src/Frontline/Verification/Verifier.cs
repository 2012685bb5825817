using System.Text.Json;
using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Text;

namespace Frontline.Verification;

/// <summary>Judges claims against every publisher's maps and against each other.</summary>
/// <remarks>
/// Deterministic: the verdict depends only on the claims and snapshots in the ledger, never on the order they
/// were imported in, and carries the SHA-256 of everything it used, so re-running with no new input changes
/// nothing and a new map shows up in the history. Publishers are never merged: each gives its own answer and
/// the summary says when they disagree (a tie between supporting and contradicting maps counts as contradicted).
/// </remarks>
public sealed class Verifier(ChangeAnalyzer analyzer)
{
    /// <summary>Version of the method, part of every verdict's inputs hash.</summary>
    /// <remarks>3: claims are named in the hash by document and quote, not by row id, so a ledger copied into another
    /// database (where ids differ) keeps its verdicts' hashes and a new verify there adds no history.</remarks>
    public const string Method = "frontline-verify/3";

    /// <summary>Verdicts for <paramref name="claims"/>; <paramref name="all"/> are the claims corroboration looks among.</summary>
    /// <param name="publisherByDocument">Each document's publisher, so a source is counted once (see <see cref="PublishersAsync"/>).</param>
    public async Task<IReadOnlyList<Verdict>> VerifyAsync(
        ISnapshotStore snapshots, IReadOnlyList<StoredClaim> claims, IReadOnlyList<StoredClaim> all,
        IReadOnlyDictionary<string, string> publisherByDocument, CancellationToken cancellationToken)
    {
        var sources = (await snapshots.ListAsync(null, cancellationToken).ConfigureAwait(false)).Select(s => s.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var maps = new List<PublisherMaps>();
        foreach (var source in sources)
        {
            maps.Add(await PublisherMaps.LoadAsync(snapshots, source, cancellationToken).ConfigureAwait(false));
        }
        var corroborator = new Corroborator(all, publisherByDocument);
        var checker = new TerritoryChecker(analyzer);
        var names = new Dictionary<long, string>();
        foreach (var c in all.Concat(claims))
        {
            names[c.Id] = Name(c);
        }
        var verdicts = new Verdict[claims.Count];
        Parallel.For(0, claims.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => verdicts[i] = Judge(claims[i], maps, checker, corroborator.For(claims[i]), names));
        return verdicts;
    }

    /// <summary>The publisher of each document the claims come from.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> PublishersAsync(IDocumentStore documents, IReadOnlyList<StoredClaim> claims, CancellationToken cancellationToken)
    {
        var publishers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var hash in claims.Select(c => c.DocumentHash).Distinct(StringComparer.Ordinal))
        {
            var doc = await documents.GetDocumentAsync(hash, cancellationToken).ConfigureAwait(false);
            publishers[hash] = doc?.Provenance.Publisher ?? doc?.Name ?? hash;
        }
        return publishers;
    }

    private Verdict Judge(
        StoredClaim stored, IReadOnlyList<PublisherMaps> maps, TerritoryChecker checker, Corroboration corroboration, IReadOnlyDictionary<long, string> names)
    {
        var claim = stored.Claim;
        var window = ClaimWindow.Of(stored);
        string? notChecked = !claim.Type.StartsWith("territory.", StringComparison.Ordinal) ? $"a {claim.Type} claim: maps of control cannot show it"
            : claim.Modality == "future" ? "a plan, promise or forecast: there is nothing yet to see on a map"
            : claim.Modality == "denied" ? "a denial: maps of control cannot show that something did not happen"
            : window is null ? "the claim has no date and its document none either"
            : maps.Count == 0 ? "the ledger holds no maps"
            : TerritoryChecker.ExpectsHeld(claim) is null && claim.Quantities.All(q => q.Unit is not ("km" or "km2")) ? "the claim does not say which side gained ground"
            : null;
        if (notChecked is not null)
        {
            var why = notChecked + Corroborated(corroboration);
            return new Verdict(stored.Id, Verdicts.Unverifiable, why, "none", false, [], corroboration, TerritoryChecker.ToleranceText,
                Hash(stored, [], corroboration, names));
        }
        var findings = new List<PublisherFinding>();
        var check = "none";
        foreach (var m in maps)
        {
            (check, var finding) = checker.Check(stored, window!, m);
            findings.Add(finding);
        }
        var (value, disagree) = Summarise(findings, check);
        var sentence = Sentence(value, disagree, findings, claim) + Corroborated(corroboration);
        return new Verdict(stored.Id, value, sentence, check, disagree, findings, corroboration, TerritoryChecker.ToleranceText,
            Hash(stored, findings, corroboration, names));
    }

    /// <summary>The publishers' answers summed up, and whether the publishers that cover the claim disagree.</summary>
    /// <remarks>
    /// The majority of covering publishers decides, a tie between support and contradiction counting as contradicted,
    /// except for an advance: a publisher with sparser or coarser maps that shows no gain does not outvote one whose
    /// maps show it (small advances are the first thing a coarse map leaves out), so one supporting map is enough.
    /// Either way the sentence names each publisher's answer.
    /// </remarks>
    public static (string Value, bool Disagree) Summarise(IReadOnlyList<PublisherFinding> findings, string check = "none")
    {
        var covering = findings.Where(f => f.Value != Verdicts.Unverifiable).ToList();
        if (covering.Count == 0)
        {
            return (Verdicts.Unverifiable, false);
        }
        var supported = covering.Count(f => f.Value == Verdicts.Supported);
        var contradicted = covering.Count(f => f.Value == Verdicts.Contradicted);
        var disagree = supported > 0 && contradicted > 0;
        if (check == "advance" && supported > 0)
        {
            return (Verdicts.Supported, disagree);
        }
        return (supported > contradicted ? Verdicts.Supported : contradicted > 0 ? Verdicts.Contradicted : supported > 0 ? Verdicts.Supported : Verdicts.NotYetVisible, disagree);
    }

    private static string Sentence(string value, bool disagree, IReadOnlyList<PublisherFinding> findings, Claim claim)
    {
        var covering = findings.Where(f => f.Value != Verdicts.Unverifiable).ToList();
        if (covering.Count == 0)
        {
            return findings.Count > 0 ? $"No publisher's maps can check it: {findings[0].Why}." : "No maps in the ledger.";
        }
        var lead = covering.FirstOrDefault(f => f.Value == value) ?? covering[0];
        var hedge = claim.Modality == "hedged" ? " (the claim itself is hedged)" : "";
        var others = disagree
            ? " Publishers disagree: " + string.Join("; ", covering.Select(f => $"{f.Source} {f.Value}")) + "."
            : covering.Count > 1 ? $" {covering.Count} publishers checked." : "";
        return $"{Capitalise(value)} by {lead.Source}: {lead.Why}{hedge}.{others}";
    }

    private static string Corroborated(Corroboration c) =>
        (c.ClaimIds.Count > 0 ? $" {c.ClaimIds.Count} related claim(s) from {c.IndependentSources} independent source(s)." : "")
        + (c.AgainstInterest ? " Stated against the speaker's own side's interest." : "");

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>A claim's name that every ledger holding it agrees on: its document's hash and its quote's span.</summary>
    private static string Name(StoredClaim c) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{c.DocumentHash}@{c.Claim.Quote.Start}-{c.Claim.Quote.End}");

    private string Hash(StoredClaim stored, IReadOnlyList<PublisherFinding> findings, Corroboration corroboration, IReadOnlyDictionary<long, string> names) =>
        ContentHash.Combine(new[]
            {
                Method, analyzer.Terrain.DataHash, Name(stored),
                ContentHash.Of(JsonSerializer.Serialize(stored.Claim)),
                // Sorted by name: the ids' order differs between ledgers.
                string.Join(",", corroboration.ClaimIds
                    .Select(id => names.TryGetValue(id, out var name) ? name : id.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Order(StringComparer.Ordinal)),
            }
            .Concat(findings.SelectMany(f => f.Snapshots.Select(s => f.Source + " " + s)).Order(StringComparer.Ordinal))
            .Concat(findings.Select(f => $"{f.Source} {f.Value} {f.CheckedUntil:yyyy-MM-dd}")));
}
