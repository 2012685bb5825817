using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Frontline.Text.Evaluation;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline eval DIR [--json]</c>: score the extractor against the gold claims in DIR as SCHEMA.md says.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir") { Description = "Folder of NNN-slug.txt documents with NNN-slug.claims.json gold files" };
        var json = new Option<bool>("--json") { Description = "Print {documents, gold, predicted, detection, fields} as JSON" };
        var details = new Option<bool>("--details") { Description = "Also list missed, spurious and mismatched claims per document" };
        var eval = new Command("eval", "Score claim extraction against gold claims") { dir, json, details };
        eval.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var path = parse.GetValue(dir)!;
            if (!Directory.Exists(path))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {path}: no such folder");
                return 2;
            }
            var places = ClaimsContext.Places(parse.GetValue(MapsContext.Geo), parse.InvocationConfiguration.Error);
            EvalReport report;
            try
            {
                report = await new ClaimScorer(ClaimsContext.Extractor(places), places).ScoreDirectoryAsync(path, ct);
            }
            catch (InvalidDataException e)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: " + e.Message);
                return 2;
            }
            await output.WriteLineAsync(parse.GetValue(json) ? Json(report) : Table(report));
            if (parse.GetValue(details))
            {
                await output.WriteLineAsync(EvalDetails.Render(report));
            }
            return 0;
        });
        return eval;
    }

    internal static string Json(EvalReport r)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("documents", r.Documents);
            w.WriteNumber("gold", r.Gold);
            w.WriteNumber("predicted", r.Predicted);
            w.WriteStartObject("detection");
            w.WriteNumber("precision", Math.Round(r.Detection.Precision, 4));
            w.WriteNumber("recall", Math.Round(r.Detection.Recall, 4));
            w.WriteNumber("f1", Math.Round(r.Detection.F1, 4));
            w.WriteEndObject();
            w.WriteStartObject("fields");
            foreach (var name in EvalReport.FieldNames)
            {
                w.WriteNumber(name, Math.Round(r.Fields[name], 4));
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Table(EvalReport r)
    {
        var c = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            $"extractor {r.Extractor}: {r.Documents} documents, {r.Gold} gold claims, {r.Predicted} predicted",
            string.Create(c, $"detection   precision {r.Detection.Precision:F3}  recall {r.Detection.Recall:F3}  F1 {r.Detection.F1:F3}"),
        };
        lines.AddRange(EvalReport.FieldNames.Select(n => string.Create(c, $"{n,-11} {r.Fields[n]:F3}")));
        return string.Join('\n', lines);
    }
}
