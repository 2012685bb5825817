using Frontline.Geometry;

namespace Frontline.Tests;

public sealed class EqualAreaTests
{
    [Theory]
    [InlineData(31.5, 48.5)]
    [InlineData(22.1, 48.3)]
    [InlineData(40.2, 45.1)]
    public void Forward_then_inverse_returns_the_point(double lon, double lat)
    {
        var (x, y) = EqualArea.Forward(lon, lat);
        var (lon2, lat2) = EqualArea.Inverse(x, y);
        Assert.Equal(lon, lon2, 9);
        Assert.Equal(lat, lat2, 9);
    }
}
