using Frontline.Documents;
using Frontline.Ledger;
using Frontline.Places;
using Frontline.Text;

namespace Frontline.LoadLedger;

/// <summary>
/// A large ledger made of real reporting: the claims the rule-based extractor finds in the ISW 2022 reports (quotes,
/// attributions, types, sides, places linked to the real gazetteer, quantities), repeated in copies of their documents
/// whose dates are shifted by a random number of days so the claims spread over 2022-02-24..2026-12-31.
/// </summary>
/// <remarks>
/// Deterministic: the same corpus, gazetteer, seed and count give the same rows, hence the same ledger digest. Each copy
/// of a report is a distinct document: its text ends with a line naming the copy and the shift, so its hash differs,
/// and its publication date and every claim's date move by the shift (the quote's words do not). Copies are stored as
/// independent documents (no near-duplicate links), as a bulk load of distinct reports would be.
/// </remarks>
public sealed class RealisticClaims
{
    // The reports cover 2022-02-24..2022-12-31; shifting by up to four years keeps every date within 2022..2026.
    private const int MaxShiftDays = 1461;
    private static readonly DateTimeOffset LoadedAt = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private RealisticClaims(IReadOnlyList<ExtractedDocument> templates) => Templates = templates;

    /// <summary>The real documents and their extracted claims, in file-name order, only those with at least one claim.</summary>
    public IReadOnlyList<ExtractedDocument> Templates { get; }

    public int TemplateClaims => Templates.Sum(t => t.Claims.Count);

    /// <summary>Reads and extracts every report of <paramref name="corpus"/> (e.g. ../shared/corpus/isw-2022) with places from <paramref name="geo"/>.</summary>
    public static async Task<RealisticClaims> ExtractAsync(string corpus, GeoDataPaths geo, CancellationToken cancellationToken)
    {
        var extractor = new RuleBasedExtractor(IndexedPlaceLinker.Load(geo));
        var templates = new List<ExtractedDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal))
        {
            var read = await DocumentReader.ReadFileAsync(path, DocumentReadOptions.Default, cancellationToken).ConfigureAwait(false);
            foreach (var document in read.Documents.Where(d => seen.Add(d.Hash)))
            {
                var claims = extractor.Extract(document);
                if (claims.Count > 0)
                {
                    templates.Add(new ExtractedDocument(document, claims, extractor.Name));
                }
            }
        }
        return new RealisticClaims(templates);
    }

    /// <summary>Exactly <paramref name="total"/> claims, in batches of about <paramref name="claimsPerBatch"/> (a document is never split).</summary>
    public IEnumerable<IReadOnlyList<DocumentRecord>> Generate(int total, int seed, int claimsPerBatch)
    {
        var random = new Random(seed);
        var written = 0;
        var number = 0;
        var batch = new List<DocumentRecord>();
        var batchClaims = 0;
        for (var copy = 0; written < total; copy++)
        {
            foreach (var template in Templates)
            {
                if (written >= total)
                {
                    break;
                }
                var shift = random.Next(MaxShiftDays + 1);
                var take = Math.Min(template.Claims.Count, total - written);
                batch.Add(Copy(template, copy, shift, take, number++));
                written += take;
                batchClaims += take;
                if (batchClaims >= claimsPerBatch)
                {
                    yield return batch;
                    batch = [];
                    batchClaims = 0;
                }
            }
        }
        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private static DocumentRecord Copy(ExtractedDocument template, int copy, int shift, int claims, int number)
    {
        var t = template.Document;
        var text = t.Text + $"\n\n[benchmark copy {copy}: dates shifted by {shift} days]";
        var normalised = TextNormaliser.Normalise(text);
        var name = $"{Path.GetFileNameWithoutExtension(t.Name)}.copy{copy}{Path.GetExtension(t.Name)}";
        var document = t with
        {
            Hash = ContentHash.Of(normalised),
            Name = name,
            Text = text,
            Provenance = t.Provenance with { Source = "bench/" + name },
            Published = t.Published?.AddDays(shift),
            PublishedAt = t.PublishedAt?.AddDays(shift),
        };
        var at = LoadedAt.AddSeconds(number);
        var records = template.Claims.Take(claims).Select((c, i) =>
        {
            var shifted = c with { Date = c.Date with { From = c.Date.From?.AddDays(shift), To = c.Date.To?.AddDays(shift) } };
            return new ClaimRecord(0, i, template.Extractor, ClaimColumns.Body(shifted), shifted, []);
        }).ToList();
        return new DocumentRecord(document, MinHash.ToBytes(MinHash.Signature(normalised)), null, null, at,
            [new SourceRecord(name, document.Provenance.Source, document.Provenance.Url, document.Provenance.Publisher, at)], records);
    }
}
