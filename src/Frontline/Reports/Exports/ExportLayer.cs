using NetTopologySuite.Geometries;

namespace Frontline.Reports.Exports;

/// <summary>The kind of an exported column: text, a real number or an integer.</summary>
public enum ExportType
{
    Text,
    Real,
    Integer,
}

/// <summary>One column of an export.</summary>
public sealed record ExportField(string Name, ExportType Type);

/// <summary>What an export holds: a layer name, its geometry type (OGC name: POINT, POLYGON, MULTIPOLYGON) and its columns.</summary>
public sealed record ExportLayer(string Name, string GeometryType, IReadOnlyList<ExportField> Fields);

/// <summary>One exported feature: a WGS 84 lon/lat geometry (or null) and one value per field of its layer, in order.</summary>
public sealed record ExportRecord(NetTopologySuite.Geometries.Geometry? Geometry, IReadOnlyList<object?> Values);

/// <summary>Writes features one at a time, so an export of any size needs memory for one feature only.</summary>
public interface IExportWriter : IAsyncDisposable
{
    Task BeginAsync(ExportLayer layer, CancellationToken cancellationToken);

    Task WriteAsync(ExportRecord record, CancellationToken cancellationToken);

    /// <summary>Completes the file; a writer not ended leaves an incomplete file, which the caller discards.</summary>
    Task EndAsync(CancellationToken cancellationToken);
}

/// <summary>Small helpers the writers share.</summary>
internal static class ExportValues
{
    public static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A point inside the geometry, for columns and placemarks that need one position.</summary>
    public static Coordinate? Anchor(NetTopologySuite.Geometries.Geometry? g) =>
        g is null || g.IsEmpty ? null : g is Point p ? p.Coordinate : g.InteriorPoint.Coordinate;
}
