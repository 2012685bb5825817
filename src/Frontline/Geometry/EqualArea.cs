using NetTopologySuite.Geometries;

namespace Frontline.Geometry;

/// <summary>
/// Albers equal-area conic on the WGS 84 ellipsoid centred on Ukraine (standard parallels 45.5° and 51°,
/// origin 48.5° N 31.5° E), after Snyder, <i>Map Projections: A Working Manual</i> (1987), §14.
/// </summary>
/// <remarks>
/// Written by hand because it is forty lines and runs per vertex on every diff: ProjNET's general
/// transform pipeline allocates per point. Agrees with PostGIS's geodesic <c>ST_Area(geography)</c>
/// (tested in <c>PostGisAgreementTests</c>). Planar coordinates are metres.
/// </remarks>
public static class EqualArea
{
    private const double A = 6378137.0;
    private const double F = 1 / 298.257223563;
    private static readonly double E2 = F * (2 - F);
    private static readonly double E = Math.Sqrt(E2);
    private static readonly double Lambda0 = Deg(31.5);
    private static readonly double N;
    private static readonly double C;
    private static readonly double Rho0;

    static EqualArea()
    {
        double phi1 = Deg(45.5), phi2 = Deg(51), phi0 = Deg(48.5);
        double m1 = M(phi1), m2 = M(phi2);
        double q1 = Q(phi1), q2 = Q(phi2), q0 = Q(phi0);
        N = (m1 * m1 - m2 * m2) / (q2 - q1);
        C = m1 * m1 + N * q1;
        Rho0 = A * Math.Sqrt(C - N * q0) / N;
    }

    /// <summary>Projects lon/lat degrees to planar metres.</summary>
    public static (double X, double Y) Forward(double lon, double lat)
    {
        var rho = A * Math.Sqrt(C - N * Q(Deg(lat))) / N;
        var theta = N * (Deg(lon) - Lambda0);
        return (rho * Math.Sin(theta), Rho0 - rho * Math.Cos(theta));
    }

    /// <summary>Projects planar metres back to lon/lat degrees.</summary>
    public static (double Lon, double Lat) Inverse(double x, double y)
    {
        var rho = Math.Sqrt(x * x + (Rho0 - y) * (Rho0 - y));
        var theta = Math.Atan2(x, Rho0 - y);
        var q = (C - rho * rho * N * N / (A * A)) / N;
        // Snyder eq. 3-16: iterate for latitude; converges in a few steps away from the poles.
        var phi = Math.Asin(q / 2);
        for (var i = 0; i < 10; i++)
        {
            var sin = Math.Sin(phi);
            var es = E2 * sin * sin;
            var next = phi + (1 - es) * (1 - es) / (2 * Math.Cos(phi)) *
                (q / (1 - E2) - sin / (1 - es) + 1 / (2 * E) * Math.Log((1 - E * sin) / (1 + E * sin)));
            if (Math.Abs(next - phi) < 1e-12)
            {
                phi = next;
                break;
            }
            phi = next;
        }
        return (Rad(Lambda0 + theta / N), Rad(phi));
    }

    /// <summary>Returns a projected copy of a lon/lat geometry, in metres.</summary>
    public static T Project<T>(T geometry) where T : NetTopologySuite.Geometries.Geometry
    {
        var copy = (T)geometry.Copy();
        copy.Apply(new ForwardFilter());
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>Returns a lon/lat copy of a projected geometry.</summary>
    public static T Unproject<T>(T geometry) where T : NetTopologySuite.Geometries.Geometry
    {
        var copy = (T)geometry.Copy();
        copy.Apply(new InverseFilter());
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>Area of a lon/lat geometry in km².</summary>
    public static double AreaKm2(NetTopologySuite.Geometries.Geometry lonLat) =>
        lonLat.IsEmpty ? 0 : Project(lonLat).Area / 1e6;

    private static double M(double phi) => Math.Cos(phi) / Math.Sqrt(1 - E2 * Math.Sin(phi) * Math.Sin(phi));

    private static double Q(double phi)
    {
        var s = Math.Sin(phi);
        return (1 - E2) * (s / (1 - E2 * s * s) - 1 / (2 * E) * Math.Log((1 - E * s) / (1 + E * s)));
    }

    private static double Deg(double degrees) => degrees * Math.PI / 180;

    private static double Rad(double radians) => radians * 180 / Math.PI;

    private sealed class ForwardFilter : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (x, y) = Forward(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, x);
            seq.SetY(i, y);
        }
    }

    private sealed class InverseFilter : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var (lon, lat) = Inverse(seq.GetX(i), seq.GetY(i));
            seq.SetX(i, lon);
            seq.SetY(i, lat);
        }
    }
}
