using System.Text.Json;
using Frontline.Text;
using Frontline.Text.Evaluation;

namespace Frontline.Tests.Claims;

/// <summary>The extractor must not score below the figures last recorded in eval-baseline.json (update it when scores rise).</summary>
public sealed class EvalRegressionTests
{
    [Fact]
    public async Task Dev_corpus_scores_do_not_fall_below_the_recorded_figures()
    {
        var places = IndexedPlaceLinker.Load(new Frontline.Places.GeoDataPaths(SharedData.Geo));
        var report = await new ClaimScorer(new RuleBasedExtractor(places), places).ScoreDirectoryAsync(SharedData.Corpus("dev"), CancellationToken.None);
        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Claims", "eval-baseline.json")));
        var fields = baseline.RootElement.GetProperty("fields");
        var failures = new List<string>();
        void Check(string name, double actual, double recorded)
        {
            // Rounded to 3 places when recorded; a drop of more than rounding is a regression.
            if (actual < recorded - 0.0005)
            {
                failures.Add($"{name}: {actual:F4} < recorded {recorded:F3}");
            }
        }
        Check("detection.f1", report.Detection.F1, baseline.RootElement.GetProperty("detection").GetProperty("f1").GetDouble());
        foreach (var name in EvalReport.FieldNames)
        {
            Check(name, report.Fields[name], fields.GetProperty(name).GetDouble());
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
