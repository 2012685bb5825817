using System.Globalization;
using System.Text;
using Frontline.Maps;

namespace Frontline.Reports;

/// <summary>Renders a <see cref="SituationReport"/> as Markdown; the map and chart are embedded as <c>data:</c> SVG images so the file stands alone.</summary>
public static class MarkdownReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(SituationReport r)
    {
        var c = r.Change;
        var m = new StringBuilder(64 * 1024);
        string E(string? s) => Html.EscapeMarkdown(s);
        m.Append(Inv, $"# Situation report: {r.From:d MMMM yyyy} – {r.To:d MMMM yyyy}\n\n");
        m.Append(Inv, $"Areas of control published by **{E(r.Source)}**, snapshots of {c.FromSnapshot.AsOf:yyyy-MM-dd} and {c.ToSnapshot.AsOf:yyyy-MM-dd}. Every figure can be reproduced with the command beside it.\n\n");
        m.Append("## Headline figures\n\n| figure | value | reproduce |\n| --- | ---: | --- |\n");
        var diff = $"`{r.DiffCommand}`";
        void Row(string label, string value) => m.Append(Inv, $"| {label} | {value} | {diff} |\n");
        Row("Ground gained by Ukraine", HtmlReport.Km2(c.UaGainedKm2));
        Row("Ground gained by Russia", HtmlReport.Km2(c.RuGainedKm2));
        Row("Net change for Russia", HtmlReport.Km2(c.NetKm2));
        Row("Held by Russia", $"{HtmlReport.Km2(c.HeldKm2From)} → {HtmlReport.Km2(c.HeldKm2To)}");
        Row("Contested (grey zone)", $"{HtmlReport.Km2(c.ContestedKm2From)} → {HtmlReport.Km2(c.ContestedKm2To)}");
        foreach (var a in c.MaxAdvanceBySide)
        {
            Row($"Deepest advance, {(a.Side == "UA" ? "Ukraine" : "Russia")}",
                string.Create(Inv, $"{a.DepthKm:N1} km near {a.Lat:0.000} N {a.Lon:0.000} E ({E(a.Oblast ?? "outside Ukraine")})"));
        }
        Row("Settlements that changed hands", c.SettlementsChanged.Count.ToString(Inv));
        m.Append(Inv, $"\n## Map of the changes\n\n![Ground each side gained]({DataUri(SvgMap.Render(r))})\n\nPolygons: `{r.DiffCommand} --geojson changes.geojson`\n\n");
        m.Append(Inv, $"\n## km² per day\n\n![km² gained per day]({DataUri(SvgChart.Render(r.Series, r.From, r.To))})\n\n`{r.SeriesCommand} --csv`\n\n");
        if (c.ByOblast.Count > 0)
        {
            m.Append(Inv, $"## By oblast\n\n{diff}\n\n| oblast | gained by Ukraine | gained by Russia | net for Russia |\n| --- | ---: | ---: | ---: |\n");
            foreach (var o in c.ByOblast)
            {
                m.Append(Inv, $"| {E(o.Oblast)} | {HtmlReport.Km2(o.UaGainedKm2)} | {HtmlReport.Km2(o.RuGainedKm2)} | {HtmlReport.Km2(o.RuGainedKm2 - o.UaGainedKm2)} |\n");
            }
        }
        m.Append(Inv, $"\n## Settlements that changed hands ({c.SettlementsChanged.Count})\n\n`{r.DiffCommand} --json`\n\n");
        if (c.SettlementsChanged.Count > 0)
        {
            m.Append("| settlement | oblast | now | status | population |\n| --- | --- | --- | --- | ---: |\n");
            foreach (var s in c.SettlementsChanged.Take(40))
            {
                m.Append(Inv, $"| {E(s.Name)} | {E(s.Oblast)} | {E(s.To)} | {E(s.StatusFrom)} → {E(s.StatusTo)} | {s.Population:N0} |\n");
            }
        }
        m.Append("## Main claims of the period\n\n");
        if (r.Claims.Count == 0)
        {
            m.Append("No claims in the ledger are dated in this window.\n\n");
        }
        else
        {
            m.Append(Inv, $"`{r.ClaimsCommand}`\n\n| date | claim | who | where | verdict | source |\n| --- | --- | --- | --- | --- | --- |\n");
            foreach (var cl in r.Claims)
            {
                var who = cl.Speaker is null ? E(cl.Side) : $"{E(cl.Speaker)} ({E(cl.Side)})";
                var url = cl.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                    ? $" <{uri.AbsoluteUri.Replace(">", "%3E", StringComparison.Ordinal)}>" : "";
                m.Append(Inv, $"| {E(cl.Date)} | “{E(cl.Quote)}” ({E(cl.Type)}) | {who} | {E(string.Join(", ", cl.Places))} | {E(cl.Verdict ?? "not yet checked")} | {E(cl.Document)}{url} |\n");
            }
        }
        m.Append("\n## Methods and inputs\n\n");
        m.Append(Inv, $"- Publisher: **{E(r.Source)}**. Window asked: {r.From:yyyy-MM-dd} to {r.To:yyyy-MM-dd}; a date without its own map uses the latest map before it.\n");
        m.Append(Inv, $"- Method {ChangeAnalyzer.Method}; inputs SHA-256 `{c.InputsHash}`; boundaries and gazetteer SHA-256 `{r.TerrainHash}`.\n");
        foreach (var note in c.Notes)
        {
            m.Append(Inv, $"- {E(note)}\n");
        }
        m.Append("\n| snapshot | SHA-256 | file |\n| --- | --- | --- |\n");
        foreach (var s in r.Snapshots)
        {
            m.Append(Inv, $"| {s.AsOf:yyyy-MM-dd} | `{s.ContentHash}` | {E(Path.GetFileName(s.Origin))} |\n");
        }
        return m.ToString();
    }

    private static string DataUri(string svg) => "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
}
