namespace Frontline.Text.Evaluation;

/// <summary>A predicted claim paired with a gold claim, and which fields agree.</summary>
public sealed record MatchedPair(
    Claim Predicted, GoldClaim Gold, bool Side, bool Channel, bool Type, bool Actor, bool Modality, bool Date, bool Quantities,
    int PlacesTruePositive, int PlacesFalsePositive, int PlacesFalseNegative);

/// <summary>One document's matches and misses.</summary>
/// <param name="MissingQuotes">Gold quotes not found verbatim in the text (a gold-file error; not scored).</param>
public sealed record DocumentScore(
    string Document, int Gold, int Predicted, IReadOnlyList<MatchedPair> Pairs, IReadOnlyList<GoldClaim> UnmatchedGold,
    IReadOnlyList<Claim> UnmatchedPredicted, IReadOnlyList<string> MissingQuotes);

/// <summary>Precision, recall and F1.</summary>
public sealed record Prf(double Precision, double Recall, double F1)
{
    public static Prf Of(int truePositive, int predicted, int gold)
    {
        var p = predicted == 0 ? 0 : truePositive / (double)predicted;
        var r = gold == 0 ? 0 : truePositive / (double)gold;
        return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

/// <summary>The scores of an extractor over a folder of gold files (the shape <c>frontline eval --json</c> prints).</summary>
public sealed record EvalReport(
    string Extractor, int Documents, int Gold, int Predicted, Prf Detection, IReadOnlyDictionary<string, double> Fields,
    IReadOnlyList<DocumentScore> PerDocument)
{
    /// <summary>The field names, in the order the issue lists them.</summary>
    public static IReadOnlyList<string> FieldNames { get; } = ["side", "channel", "type", "actor", "modality", "places_f1", "date", "quantities"];

    public static EvalReport From(string extractor, IReadOnlyList<DocumentScore> docs)
    {
        var pairs = docs.SelectMany(d => d.Pairs).ToList();
        var gold = docs.Sum(d => d.Gold);
        var predicted = docs.Sum(d => d.Predicted);
        double Share(Func<MatchedPair, bool> f) => pairs.Count == 0 ? 0 : pairs.Count(f) / (double)pairs.Count;
        var tp = pairs.Sum(p => p.PlacesTruePositive);
        var places = Prf.Of(tp, tp + pairs.Sum(p => p.PlacesFalsePositive), tp + pairs.Sum(p => p.PlacesFalseNegative));
        var fields = new Dictionary<string, double>
        {
            ["side"] = Share(p => p.Side),
            ["channel"] = Share(p => p.Channel),
            ["type"] = Share(p => p.Type),
            ["actor"] = Share(p => p.Actor),
            ["modality"] = Share(p => p.Modality),
            ["places_f1"] = places.F1,
            ["date"] = Share(p => p.Date),
            ["quantities"] = Share(p => p.Quantities),
        };
        return new EvalReport(extractor, docs.Count, gold, predicted, Prf.Of(pairs.Count, predicted, gold), fields, docs);
    }
}
