using Frontline.Places;

namespace Frontline.Tests.Places;

/// <summary>The real gazetteer in ../shared/data/geo, loaded once for all place tests.</summary>
public sealed class PlaceIndexFixture
{
    public PlaceIndexFixture()
    {
        Index = PlaceIndex.Load(new GeoDataPaths(SharedData.Geo));
        Tagger = new PlaceTagger(Index);
    }

    public PlaceIndex Index { get; }

    public PlaceTagger Tagger { get; }
}

[CollectionDefinition(Name)]
public sealed class PlacesCollection : ICollectionFixture<PlaceIndexFixture>
{
    public const string Name = "places";
}
