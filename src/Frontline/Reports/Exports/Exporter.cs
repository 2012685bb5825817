namespace Frontline.Reports.Exports;

/// <summary>The export formats and the loop that streams features from a source into a writer and a file.</summary>
public static class Exporter
{
    public static IReadOnlyList<string> Formats { get; } = ["geojson", "csv", "kml", "gpkg"];

    /// <summary>Streams <paramref name="records"/> into a new file at <paramref name="path"/>; a failure leaves no file.</summary>
    /// <param name="progress">Called with the number of features written so far.</param>
    /// <returns>The number of features written.</returns>
    public static async Task<long> WriteAsync(
        string path, string format, bool wkt, ExportLayer layer, IAsyncEnumerable<ExportRecord> records, Action<long>? progress, CancellationToken cancellationToken)
    {
        long count = 0;
        await AtomicFile.WriteAsync(path, async (temp, ct) =>
        {
            FileStream? stream = format == "gpkg" ? null
                : new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            try
            {
                var writer = Create(format, stream, temp, wkt);
                await using (writer.ConfigureAwait(false))
                {
                    await writer.BeginAsync(layer, ct).ConfigureAwait(false);
                    await foreach (var record in records.WithCancellation(ct).ConfigureAwait(false))
                    {
                        await writer.WriteAsync(record, ct).ConfigureAwait(false);
                        count++;
                        progress?.Invoke(count);
                    }
                    await writer.EndAsync(ct).ConfigureAwait(false);
                }
            }
            finally
            {
                if (stream is not null)
                {
                    await stream.DisposeAsync().ConfigureAwait(false);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static IExportWriter Create(string format, Stream? stream, string path, bool wkt) => format switch
    {
        "geojson" => new GeoJsonExportWriter(stream!),
        "csv" => new CsvExportWriter(stream!, wkt),
        "kml" => new KmlExportWriter(stream!),
        "gpkg" => new GeoPackageExportWriter(path),
        _ => throw new ArgumentException($"unknown format '{format}': use {string.Join(", ", Formats)}"),
    };
}
