using Frontline.Text;

namespace Frontline.Documents;

/// <summary>Reads inputs, extracts claims and stores each input atomically; a bad input is reported and the batch goes on.</summary>
public sealed class Ingester(IDocumentStore store, IClaimExtractor extractor, DocumentReadOptions options)
{
    /// <summary>Ingests every path in order, writing one line per input to <paramref name="output"/> (or <paramref name="error"/> when it fails).</summary>
    public async Task<IngestSummary> IngestAsync(IEnumerable<string> paths, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        int files = 0, errors = 0, added = 0, duplicates = 0, near = 0, claims = 0;
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            files++;
            var read = await DocumentReader.ReadFileAsync(path, options, cancellationToken).ConfigureAwait(false);
            if (!read.Ok)
            {
                errors++;
                await error.WriteLineAsync($"error: {read.Error}").ConfigureAwait(false);
                continue;
            }
            var batch = read.Documents.Select(d => new ExtractedDocument(d, extractor.Extract(d), extractor.Name)).ToList();
            var outcomes = await store.AddAsync(batch, cancellationToken).ConfigureAwait(false);
            var a = outcomes.Count(o => o.Status == AddStatus.Added);
            var d = outcomes.Count(o => o.Status == AddStatus.Duplicate);
            var n = outcomes.Count(o => o.Status == AddStatus.NearDuplicate);
            var c = outcomes.Sum(o => o.Claims);
            (added, duplicates, near, claims) = (added + a, duplicates + d, near + n, claims + c);
            var detail = outcomes.Count == 1 && outcomes[0].Status != AddStatus.Added
                ? $"{outcomes[0].Status.ToString().ToLowerInvariant()} of {outcomes[0].Of![..12]}"
                : $"{outcomes.Count} documents ({a} new, {d} duplicate, {n} near-duplicate)";
            await output.WriteLineAsync($"ok {path}: {detail}, {c} claims").ConfigureAwait(false);
        }
        return new IngestSummary(files, errors, added, duplicates, near, claims);
    }
}

/// <summary>Counts of one ingest run.</summary>
public sealed record IngestSummary(int Files, int Errors, int Added, int Duplicates, int NearDuplicates, int Claims);
