using System.Globalization;
using System.Text.RegularExpressions;
using Frontline.Ledger;

namespace Frontline.Maps;

/// <summary>What importing one file did.</summary>
public sealed record ImportedMap(string Origin, DateOnly AsOf, string ContentHash, bool Added, double HeldKm2, double ContestedKm2, IReadOnlyList<string> Notes);

/// <summary>Imports map files, folders and URLs of one source into the ledger, all or nothing.</summary>
/// <remarks>
/// Every input is read, parsed and classified before anything is stored; the batch is then stored in one
/// transaction, so a bad file or a failed write leaves the ledger exactly as it was.
/// </remarks>
public sealed partial class MapImporter(ISnapshotStore store, HttpClient http)
{
    public long MaxBytes { get; init; } = MapFileReader.DefaultMaxBytes;

    /// <summary>Imports <paramref name="inputs"/> (files, folders of *.geojson/*.json/*.kml, http(s) URLs).</summary>
    /// <param name="date">The as-of date for every input; when null each input's name must carry <c>YYYY-MM-DD</c>.</param>
    public async Task<IReadOnlyList<ImportedMap>> ImportAsync(
        IReadOnlyList<string> inputs, string source, PublisherProfile profile, DateOnly? date, bool replace, CancellationToken cancellationToken)
    {
        var snapshots = new List<Snapshot>();
        foreach (var origin in Expand(inputs, source))
        {
            var bytes = await ReadAsync(origin, cancellationToken).ConfigureAwait(false);
            var asOf = date ?? DateFromName(origin);
            var features = MapFileReader.Read(bytes, origin);
            snapshots.Add(SnapshotBuilder.Build(features, profile, source, asOf, ContentHash.Of(bytes), origin));
        }
        var duplicateDay = snapshots.GroupBy(s => s.AsOf).FirstOrDefault(g => g.Count() > 1 && g.Select(s => s.ContentHash).Distinct().Count() > 1);
        if (duplicateDay is not null)
        {
            throw new InvalidDataException($"{string.Join(" and ", duplicateDay.Select(s => s.Origin))}: two different maps for {source} on {duplicateDay.Key:yyyy-MM-dd}");
        }
        var added = await store.AddAsync(snapshots, replace, cancellationToken).ConfigureAwait(false);
        return snapshots.Select((s, i) => new ImportedMap(s.Origin, s.AsOf, s.ContentHash, added[i], s.HeldKm2, s.ContestedKm2, s.Notes)).ToList();
    }

    /// <summary>The last <c>YYYY-MM-DD</c> in a file name or URL path.</summary>
    public static DateOnly DateFromName(string origin)
    {
        var name = origin.Split('?')[0];
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];
        var matches = IsoDate().Matches(name);
        if (matches.Count == 0 || !DateOnly.TryParseExact(matches[^1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            throw new InvalidDataException($"{origin}: no as-of date; pass --date YYYY-MM-DD or name the file *-YYYY-MM-DD.geojson");
        }
        return d;
    }

    private static IEnumerable<string> Expand(IReadOnlyList<string> inputs, string source)
    {
        foreach (var input in inputs)
        {
            if (IsUrl(input))
            {
                yield return input;
            }
            else if (Directory.Exists(input))
            {
                var files = Directory.EnumerateFiles(input)
                    .Where(f => f.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".kml", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal).ToList();
                // A folder of several publishers' maps named <source>-YYYY-MM-DD: take this source's only.
                var own = files.Where(f => Path.GetFileName(f).StartsWith(source + "-", StringComparison.Ordinal)).ToList();
                files = own.Count > 0 ? own : files;
                if (files.Count == 0)
                {
                    throw new InvalidDataException($"{input}: no .geojson, .json or .kml files in this folder");
                }
                foreach (var f in files)
                {
                    yield return f;
                }
            }
            else if (File.Exists(input))
            {
                yield return input;
            }
            else
            {
                throw new FileNotFoundException($"{input}: no such file or folder", input);
            }
        }
    }

    private async Task<byte[]> ReadAsync(string origin, CancellationToken cancellationToken)
    {
        if (IsUrl(origin))
        {
            using var response = await http.GetAsync(origin, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidDataException($"{origin}: HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            if (response.Content.Headers.ContentLength > MaxBytes)
            {
                throw new InvalidDataException($"{origin}: {response.Content.Headers.ContentLength} bytes is more than the {MaxBytes} bytes a map may have");
            }
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    throw new InvalidDataException($"{origin}: more than the {MaxBytes} bytes a map may have");
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        var length = new FileInfo(origin).Length;
        if (length > MaxBytes)
        {
            throw new InvalidDataException($"{origin}: {length} bytes is more than the {MaxBytes} bytes a map may have (see --max-mb)");
        }
        return await File.ReadAllBytesAsync(origin, cancellationToken).ConfigureAwait(false);
    }

    private static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();
}
