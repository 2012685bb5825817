using Frontline.Ledger;
using Frontline.Maps;
using Frontline.Tests.Maps;
using Frontline.Text;
using Frontline.Verification;
using static Frontline.Tests.Verification.ClaimBuilder;

namespace Frontline.Tests.Verification;

[Collection(RealMapsCollection.Name)]
public sealed class VerdictHistoryTests(RealMapsFixture maps) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("frontline-verdicts-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static IReadOnlyList<string> DeepState(string from, string to) =>
        Directory.GetFiles(Path.GetDirectoryName(SharedData.Control("x"))!, "deepstate-2022-*.geojson")
            .Where(f => string.CompareOrdinal(Path.GetFileName(f)[10..20], from) >= 0 && string.CompareOrdinal(Path.GetFileName(f)[10..20], to) <= 0)
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Kherson_city_is_not_yet_visible_before_11_November_and_supported_after_with_history()
    {
        using var ledger = SqliteLedger.Open(Path.Combine(_dir, "kherson.db"));
        var store = new SqliteSnapshotStore(ledger, TimeProvider.System);
        var verdicts = new SqliteVerdictStore(ledger);
        using var http = new HttpClient();
        var importer = new MapImporter(store, http);
        var profile = PublisherProfile.Builtin("deepstate")!;
        var claim = Claim(1, ClaimTypes.Control, "UA", "2022-11-11", [Settlement("Kherson", "Kherson", 32.61458, 46.63695, 706448)]);
        var verifier = new Verifier(maps.Analyzer);
        var publishers = new Dictionary<string, string> { ["doc"] = "doc" };

        await importer.ImportAsync(DeepState("2022-11-01", "2022-11-10"), "deepstate", profile, null, false, default);
        var before = Assert.Single(await verifier.VerifyAsync(store, [claim], [claim], publishers, default));
        Assert.True(before.Value == Verdicts.NotYetVisible, before.Why);
        Assert.Equal(new DateOnly(2022, 11, 10), before.Publishers.Single().CheckedUntil);
        Assert.Equal(1, await verdicts.AddChangedAsync([before], DateTimeOffset.UnixEpoch, default));

        // Re-running with no new input changes nothing.
        var again = Assert.Single(await verifier.VerifyAsync(store, [claim], [claim], publishers, default));
        Assert.Equal(before.InputsHash, again.InputsHash);
        Assert.Equal(0, await verdicts.AddChangedAsync([again], DateTimeOffset.UnixEpoch.AddDays(1), default));

        await importer.ImportAsync(DeepState("2022-11-11", "2022-11-20"), "deepstate", profile, null, false, default);
        var after = Assert.Single(await verifier.VerifyAsync(store, [claim], [claim], publishers, default));
        Assert.Equal(Verdicts.Supported, after.Value);
        Assert.Contains("2022-11-11", after.Why, StringComparison.Ordinal);
        Assert.Equal(1, await verdicts.AddChangedAsync([after], DateTimeOffset.UnixEpoch.AddDays(2), default));

        var history = await verdicts.HistoryAsync(1, default);
        Assert.Equal([Verdicts.NotYetVisible, Verdicts.Supported], history.Select(h => h.Verdict.Value));
        Assert.Equal(Verdicts.Supported, Assert.Single(await verdicts.LatestAsync(1, default)).Value);
    }

    [Fact]
    public async Task A_verdict_does_not_depend_on_the_order_of_imports()
    {
        var isw = Directory.GetFiles(Path.GetDirectoryName(SharedData.Control("x"))!, "isw-2022-*.geojson").Order(StringComparer.Ordinal).ToList();
        var claim = Claim(1, ClaimTypes.Control, "UA", "2022-10-01", [Settlement("Lyman", "Donetsk", 37.80843, 48.99012, 704204)]);
        var hashes = new List<string>();
        foreach (var (order, name) in new[] { (isw, "forward.db"), (Enumerable.Reverse(isw).ToList(), "backward.db") })
        {
            using var ledger = SqliteLedger.Open(Path.Combine(_dir, name));
            var store = new SqliteSnapshotStore(ledger, TimeProvider.System);
            using var http = new HttpClient();
            foreach (var file in order)
            {
                await new MapImporter(store, http).ImportAsync([file], "isw", PublisherProfile.Builtin("isw")!, null, false, default);
            }
            var v = Assert.Single(await new Verifier(maps.Analyzer).VerifyAsync(store, [claim], [claim], new Dictionary<string, string> { ["doc"] = "doc" }, default));
            Assert.Equal(Verdicts.Supported, v.Value);
            hashes.Add(v.InputsHash);
        }
        Assert.Equal(hashes[0], hashes[1]);
    }
}
