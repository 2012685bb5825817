using System.Text;
using Frontline.Text.Evaluation;

namespace Frontline.Cli.Commands;

/// <summary>The per-document listing behind <c>frontline eval --details</c>: what was missed, spurious or wrong.</summary>
internal static class EvalDetails
{
    public static string Render(EvalReport report)
    {
        var sb = new StringBuilder();
        foreach (var d in report.PerDocument)
        {
            sb.AppendLine($"## {d.Document}: gold {d.Gold}, predicted {d.Predicted}, matched {d.Pairs.Count}");
            foreach (var q in d.MissingQuotes)
            {
                sb.AppendLine($"  ! gold quote not in text: {Cut(q)}");
            }
            foreach (var g in d.UnmatchedGold)
            {
                sb.AppendLine($"  - missed   [{g.Type}] {Cut(g.Quote)}");
            }
            foreach (var p in d.UnmatchedPredicted)
            {
                sb.AppendLine($"  + spurious [{p.Type}] {Cut(p.QuoteText)}");
            }
            foreach (var p in d.Pairs)
            {
                var wrong = new List<string>();
                void Check(bool ok, string field, string? predicted, string? gold)
                {
                    if (!ok)
                    {
                        wrong.Add($"{field} {predicted ?? "null"}≠{gold ?? "null"}");
                    }
                }
                Check(p.Side, "side", p.Predicted.Attribution.Side, p.Gold.Side);
                Check(p.Channel, "channel", p.Predicted.Attribution.Channel, p.Gold.Channel);
                Check(p.Type, "type", p.Predicted.Type, p.Gold.Type);
                Check(p.Actor, "actor", p.Predicted.Actor, p.Gold.Actor);
                Check(p.Modality, "modality", p.Predicted.Modality, p.Gold.Modality);
                Check(p.Date, "date", p.Predicted.Date.Value, p.Gold.Date);
                Check(p.Quantities, "qty", string.Join(",", p.Predicted.Quantities.Select(q => $"{q.Value}{q.Unit}")), string.Join(",", p.Gold.Quantities.Select(q => $"{q.Value}{q.Unit}")));
                Check(p.PlacesFalseNegative + p.PlacesFalsePositive == 0, "places", string.Join(",", p.Predicted.Places.Select(x => $"{x.Name}/{x.Kind}/{x.Oblast}")), string.Join(",", p.Gold.Places.Select(x => $"{x.Name}/{x.Kind}/{x.Oblast}")));
                if (wrong.Count > 0)
                {
                    sb.AppendLine($"  ~ {Cut(p.Gold.Quote)}\n      {string.Join("; ", wrong)}");
                }
            }
        }
        return sb.ToString();
    }

    private static string Cut(string s) => s.Length > 110 ? s[..107] + "..." : s;
}
