namespace Frontline.Geometry;

/// <summary>Distances on the WGS 84 ellipsoid (Vincenty's inverse formula).</summary>
public static class Geodesic
{
    private const double A = 6378137.0;
    private const double F = 1 / 298.257223563;
    private const double B = A * (1 - F);

    /// <summary>Distance in km between two lon/lat points in degrees; accurate to well under a metre.</summary>
    public static double DistanceKm(double lon1, double lat1, double lon2, double lat2)
    {
        if (lon1 == lon2 && lat1 == lat2)
        {
            return 0;
        }
        double L = Rad(lon2 - lon1);
        double u1 = Math.Atan((1 - F) * Math.Tan(Rad(lat1)));
        double u2 = Math.Atan((1 - F) * Math.Tan(Rad(lat2)));
        double sinU1 = Math.Sin(u1), cosU1 = Math.Cos(u1), sinU2 = Math.Sin(u2), cosU2 = Math.Cos(u2);
        double lambda = L, sinSigma = 0, cosSigma = 0, sigma = 0, cos2Alpha = 0, cos2SigmaM = 0;
        for (var i = 0; i < 200; i++)
        {
            double sinL = Math.Sin(lambda), cosL = Math.Cos(lambda);
            sinSigma = Math.Sqrt(Math.Pow(cosU2 * sinL, 2) + Math.Pow(cosU1 * sinU2 - sinU1 * cosU2 * cosL, 2));
            if (sinSigma == 0)
            {
                return 0;
            }
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
            sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinL / sinSigma;
            cos2Alpha = 1 - sinAlpha * sinAlpha;
            cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
            var c = F / 16 * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
            var previous = lambda;
            lambda = L + (1 - c) * F * sinAlpha *
                (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            if (Math.Abs(lambda - previous) < 1e-12)
            {
                break;
            }
        }
        var uSq = cos2Alpha * (A * A - B * B) / (B * B);
        var bigA = 1 + uSq / 16384 * (4096 + uSq * (-768 + uSq * (320 - 175 * uSq)));
        var bigB = uSq / 1024 * (256 + uSq * (-128 + uSq * (74 - 47 * uSq)));
        var deltaSigma = bigB * sinSigma * (cos2SigmaM + bigB / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM) -
            bigB / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        return B * bigA * (sigma - deltaSigma) / 1000;
    }

    private static double Rad(double degrees) => degrees * Math.PI / 180;
}
