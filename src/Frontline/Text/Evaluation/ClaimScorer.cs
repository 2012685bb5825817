using Frontline.Documents;

namespace Frontline.Text.Evaluation;

/// <summary>Scores an extractor against gold files exactly as SCHEMA.md says.</summary>
/// <remarks>
/// A prediction matches a gold claim when their quotes overlap by at least half of the shorter (character offsets);
/// matching is one-to-one, greedy by overlap over union. Detection is precision/recall/F1 over matches; fields are scored
/// on matched pairs: exact for side, channel, type, actor, modality, date (after resolution) and quantities (the
/// multiset of value and unit); places as micro-F1 over (kind, oblast, name normalised to the gazetteer entry).
/// Predictions starting at or after the gold file's <c>scope_end</c> are not scored.
/// </remarks>
public sealed class ClaimScorer(IClaimExtractor extractor, IPlaceLinker places)
{
    /// <summary>Scores every <c>*.claims.json</c> in <paramref name="directory"/> with its <c>.txt</c> beside it.</summary>
    public async Task<EvalReport> ScoreDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        var docs = new List<DocumentScore>();
        foreach (var goldPath in Directory.GetFiles(directory, "*.claims.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldFile.Read(goldPath);
            var textPath = Path.Combine(directory, gold.Document);
            var read = await DocumentReader.ReadFileAsync(textPath, DocumentReadOptions.Default, cancellationToken).ConfigureAwait(false);
            if (!read.Ok)
            {
                throw new InvalidDataException(read.Error);
            }
            docs.Add(ScoreDocument(read.Documents[0], gold));
        }
        return EvalReport.From(extractor.Name, docs);
    }

    /// <summary>Scores one document against its gold claims.</summary>
    public DocumentScore ScoreDocument(Document document, GoldFile gold)
    {
        var text = document.Text;
        var scope = gold.ScopeEnd is { } end && text.IndexOf(end, StringComparison.Ordinal) is >= 0 and var at ? at : int.MaxValue;
        var predicted = extractor.Extract(document).Where(c => c.Quote.Start < scope).ToList();
        var golds = new List<(GoldClaim Claim, TextSpan Span)>();
        var missing = new List<string>();
        foreach (var g in gold.Claims)
        {
            var i = text.IndexOf(g.Quote, StringComparison.Ordinal);
            if (i < 0)
            {
                missing.Add(g.Quote);
                continue;
            }
            golds.Add((g, new TextSpan(i, i + g.Quote.Length)));
        }
        var candidates = new List<(int P, int G, double Score)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < golds.Count; g++)
            {
                var a = predicted[p].Quote;
                var b = golds[g].Span;
                var overlap = a.Overlap(b);
                if (overlap > 0 && overlap * 2 >= Math.Min(a.Length, b.Length))
                {
                    var union = Math.Max(a.End, b.End) - Math.Min(a.Start, b.Start);
                    candidates.Add((p, g, overlap / (double)union));
                }
            }
        }
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var pairs = new List<MatchedPair>();
        foreach (var (p, g, _) in candidates.OrderByDescending(c => c.Score).ThenBy(c => c.P).ThenBy(c => c.G))
        {
            if (usedP.Add(p))
            {
                if (usedG.Add(g))
                {
                    pairs.Add(Compare(predicted[p], golds[g].Claim));
                }
                else
                {
                    usedP.Remove(p);
                }
            }
        }
        var unmatchedGold = golds.Where((_, i) => !usedG.Contains(i)).Select(g => g.Claim).ToList();
        var unmatchedPredicted = predicted.Where((_, i) => !usedP.Contains(i)).ToList();
        return new DocumentScore(gold.Document, golds.Count, predicted.Count, pairs, unmatchedGold, unmatchedPredicted, missing);
    }

    private MatchedPair Compare(Claim p, GoldClaim g)
    {
        var predictedKeys = p.Places.Select(m => places.Key(m.Name, m.Kind, m.Oblast, m.EntryId)).Distinct().ToList();
        var goldKeys = g.Places.Select(m => places.Key(m.Name, m.Kind, m.Oblast, null)).Distinct().ToList();
        var tp = predictedKeys.Count(goldKeys.Contains);
        static string Q(decimal v, string u) => ((double)v).ToString("R", System.Globalization.CultureInfo.InvariantCulture) + "|" + u;
        var pq = p.Quantities.Select(q => Q(q.Value, q.Unit)).Order(StringComparer.Ordinal).ToList();
        var gq = g.Quantities.Select(q => Q(q.Value, q.Unit)).Order(StringComparer.Ordinal).ToList();
        return new MatchedPair(
            p, g,
            p.Attribution.Side == g.Side, p.Attribution.Channel == g.Channel, p.Type == g.Type, p.Actor == g.Actor,
            p.Modality == g.Modality, p.Date.Value == g.Date, pq.SequenceEqual(gq),
            tp, predictedKeys.Count - tp, goldKeys.Count - tp);
    }
}
