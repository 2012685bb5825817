using System.CommandLine;
using Frontline.Maps;
using Frontline.Places;

namespace Frontline.Cli;

/// <summary>The geo data option and the analyzer built from it, shared by the maps commands.</summary>
internal static class MapsContext
{
    public static readonly Option<string?> Geo = new("--geo")
    {
        Description = "Folder with the gazetteer and boundaries (default: $FRONTLINE_GEO, ./data/geo or ../shared/data/geo)",
        Recursive = true,
    };

    public static ChangeAnalyzer Analyzer(ParseResult parse) => new(Terrain.Load(GeoDataPaths.Locate(parse.GetValue(Geo))));
}
