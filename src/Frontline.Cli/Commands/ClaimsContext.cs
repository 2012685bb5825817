using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Places;
using Frontline.Text;

namespace Frontline.Cli.Commands;

/// <summary>What the claims commands share: the ledger, the place linker, the extractor.</summary>
internal static class ClaimsContext
{
    public static IPlaceLinker Places(string? geo, TextWriter error)
    {
        try
        {
            return GazetteerPlaceLinker.Load(GeoDataPaths.Locate(geo));
        }
        catch (DirectoryNotFoundException e)
        {
            error.WriteLine($"warning: {e.Message}; settlements will not be recognised");
            return new GazetteerPlaceLinker([]);
        }
    }

    public static IClaimExtractor Extractor(IPlaceLinker places) => new RuleBasedExtractor(places);

    public static SqliteLedger OpenLedger(string? db) => SqliteLedger.Open(SqliteLedger.ResolvePath(db));

    public static IDocumentStore Store(SqliteLedger ledger) => new SqliteDocumentStore(ledger, TimeProvider.System);
}
