using System.Text;
using NetTopologySuite.IO;

namespace Frontline.Reports.Exports;

/// <summary>CSV (RFC 4180, UTF-8, CRLF): one row per feature; optionally a <c>wkt</c> column with the geometry for QGIS's delimited-text layers.</summary>
/// <remarks>
/// Polygons are left out by default: a map's WKT runs to megabytes, past a spreadsheet cell's 32,767 characters.
/// Values that start with =, +, - or @ are prefixed with an apostrophe so a spreadsheet does not run them as formulas.
/// </remarks>
public sealed class CsvExportWriter(Stream stream, bool includeWkt) : IExportWriter
{
    private readonly StreamWriter _writer = new(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\r\n" };
    private readonly WKTWriter _wkt = new() { MaxCoordinatesPerLine = int.MaxValue };
    private ExportLayer? _layer;

    public async Task BeginAsync(ExportLayer layer, CancellationToken cancellationToken)
    {
        _layer = layer;
        var names = layer.Fields.Select(f => f.Name).ToList();
        if (includeWkt)
        {
            names.Add("wkt");
        }
        await _writer.WriteLineAsync(string.Join(',', names.Select(Quote))).ConfigureAwait(false);
    }

    public async Task WriteAsync(ExportRecord record, CancellationToken cancellationToken)
    {
        var layer = _layer ?? throw new InvalidOperationException("BeginAsync first");
        var cells = new List<string>(layer.Fields.Count + 1);
        for (var i = 0; i < layer.Fields.Count; i++)
        {
            var text = ExportValues.Text(record.Values[i]);
            cells.Add(Quote(layer.Fields[i].Type == ExportType.Text ? Defuse(text) : text));
        }
        if (includeWkt)
        {
            cells.Add(Quote(record.Geometry is null ? "" : _wkt.Write(record.Geometry)));
        }
        await _writer.WriteLineAsync(string.Join(',', cells)).ConfigureAwait(false);
    }

    public Task EndAsync(CancellationToken cancellationToken) => _writer.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    /// <summary>Quotes a cell when it holds a comma, quote or line break (RFC 4180 §2.6–2.7).</summary>
    internal static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Defuse(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && !double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? "'" + text : text;
}
