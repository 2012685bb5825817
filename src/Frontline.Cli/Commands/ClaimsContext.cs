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
            return IndexedPlaceLinker.Load(GeoDataPaths.Locate(geo));
        }
        catch (DirectoryNotFoundException e)
        {
            error.WriteLine($"warning: {e.Message}; settlements will not be recognised");
            return NoPlaceLinker.Instance;
        }
    }

    public static IClaimExtractor Extractor(IPlaceLinker places) => new RuleBasedExtractor(places);

    // The ledger (SQLite or PostgreSQL) is opened by CliLedger.OpenAsync; its Documents are the claim store.
}
