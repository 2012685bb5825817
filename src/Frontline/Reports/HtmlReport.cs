using System.Globalization;
using System.Text;
using Frontline.Maps;

namespace Frontline.Reports;

/// <summary>Renders a <see cref="SituationReport"/> as one self-contained HTML page: inline CSS and SVG, no scripts, no external requests.</summary>
/// <remarks>Every text that comes from data (claims, names, origins, notes) goes through <see cref="Html.Escape"/>.</remarks>
public static class HtmlReport
{
    private const int SettlementRows = 40;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(SituationReport r)
    {
        var c = r.Change;
        var h = new StringBuilder(64 * 1024);
        string E(string? s) => Html.Escape(s);
        string Cmd(string command) => $"<code class=\"cmd\">{E(command)}</code>";
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        h.Append(Inv, $"<title>Situation report: {E(r.Source)}, {r.From:yyyy-MM-dd} to {r.To:yyyy-MM-dd}</title>");
        h.Append("<style>body{font-family:system-ui,sans-serif;max-width:1000px;margin:1.5em auto;padding:0 1em;color:#111;line-height:1.4}"
            + "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}"
            + "table{border-collapse:collapse;width:100%;font-size:.92em}td,th{border-bottom:1px solid #e4e4e4;padding:.25em .4em;text-align:left;vertical-align:top}"
            + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}.ua{color:#1f6fd1}.ru{color:#d1281f}"
            + "td.r{white-space:nowrap}code.cmd{font-size:.72em;color:#555;background:#f4f4f4;padding:.1em .3em;border-radius:3px;word-break:break-all}"
            + "figure{margin:1em 0}figcaption{font-size:.85em;color:#444}.hash{font-family:monospace;font-size:.8em;word-break:break-all}"
            + "blockquote{margin:0;font-style:italic}</style></head><body>");
        h.Append(Inv, $"<h1>Situation report: {r.From:d MMMM yyyy} – {r.To:d MMMM yyyy}</h1>");
        h.Append(Inv, $"<p>Areas of control published by <b>{E(r.Source)}</b>, snapshots of {c.FromSnapshot.AsOf:yyyy-MM-dd} and {c.ToSnapshot.AsOf:yyyy-MM-dd}. Every figure can be reproduced with the command beside it.</p>");

        h.Append("<h2 id=\"headline\">Headline figures</h2><table><tr><th>figure</th><th class=\"n\">value</th><th>reproduce</th></tr>");
        var diff = Cmd(r.DiffCommand);
        void Row(string label, string value, string cls = "") =>
            h.Append(Inv, $"<tr><td>{label}</td><td class=\"n {cls}\">{value}</td><td class=\"r\">{diff}</td></tr>");
        Row("Ground gained by Ukraine", Km2(c.UaGainedKm2), "ua");
        Row("Ground gained by Russia", Km2(c.RuGainedKm2), "ru");
        Row("Net change for Russia", Km2(c.NetKm2));
        Row("Held by Russia", $"{Km2(c.HeldKm2From)} → {Km2(c.HeldKm2To)}");
        Row("Contested (grey zone)", $"{Km2(c.ContestedKm2From)} → {Km2(c.ContestedKm2To)}");
        foreach (var a in c.MaxAdvanceBySide)
        {
            Row($"Deepest advance, {(a.Side == "UA" ? "Ukraine" : "Russia")}",
                string.Create(Inv, $"{a.DepthKm:N1} km near {a.Lat:0.000} N {a.Lon:0.000} E ({E(a.Oblast ?? "outside Ukraine")})"), a.Side == "UA" ? "ua" : "ru");
        }
        Row("Settlements that changed hands", c.SettlementsChanged.Count.ToString(Inv));
        h.Append("</table>");

        h.Append("<h2 id=\"map\">Map of the changes</h2><figure>");
        h.Append(SvgMap.Render(r));
        h.Append(Inv, $"<figcaption>Ground each side gained between {c.FromSnapshot.AsOf:yyyy-MM-dd} and {c.ToSnapshot.AsOf:yyyy-MM-dd} over oblast boundaries; the line marks the deepest advance. Polygons: {Cmd(r.DiffCommand + " --geojson changes.geojson")}</figcaption></figure>");

        h.Append(Inv, $"<h2 id=\"per-day\">km² per day</h2><figure>{SvgChart.Render(r.Series, r.From, r.To)}");
        h.Append(Inv, $"<figcaption>One bar per pair of consecutive snapshots ({r.Series.Count} pairs), km² divided by the days between them. {Cmd(r.SeriesCommand + " --csv")}</figcaption></figure>");


        if (c.ByOblast.Count > 0)
        {
            h.Append(Inv, $"<h2 id=\"oblasts\">By oblast</h2><p>{diff}</p><table><tr><th>oblast</th><th class=\"n\">gained by Ukraine</th><th class=\"n\">gained by Russia</th><th class=\"n\">net for Russia</th></tr>");
            foreach (var o in c.ByOblast)
            {
                h.Append(Inv, $"<tr><td>{E(o.Oblast)}</td><td class=\"n ua\">{Km2(o.UaGainedKm2)}</td><td class=\"n ru\">{Km2(o.RuGainedKm2)}</td><td class=\"n\">{Km2(o.RuGainedKm2 - o.UaGainedKm2)}</td></tr>");
            }
            h.Append("</table>");
        }

        h.Append(Inv, $"<h2 id=\"settlements\">Settlements that changed hands ({c.SettlementsChanged.Count})</h2><p>{Cmd(r.DiffCommand + " --json")}</p>");
        if (c.SettlementsChanged.Count > 0)
        {
            h.Append("<table><tr><th>settlement</th><th>oblast</th><th>now</th><th>status</th><th class=\"n\">population</th></tr>");
            foreach (var s in c.SettlementsChanged.Take(SettlementRows))
            {
                var cls = s.To switch { "UA" => "ua", "RU" => "ru", _ => "" };
                h.Append(Inv, $"<tr><td>{E(s.Name)}</td><td>{E(s.Oblast)}</td><td class=\"{cls}\">{E(s.To)}</td><td>{E(s.StatusFrom)} → {E(s.StatusTo)}</td><td class=\"n\">{s.Population:N0}</td></tr>");
            }
            h.Append("</table>");
            if (c.SettlementsChanged.Count > SettlementRows)
            {
                h.Append(Inv, $"<p>… and {c.SettlementsChanged.Count - SettlementRows} more, smaller settlements: the command above lists all.</p>");
            }
        }

        Claims(h, r);
        Methods(h, r);
        h.Append("</body></html>\n");
        return h.ToString();
    }

    private static void Claims(StringBuilder h, SituationReport r)
    {
        h.Append(Inv, $"<h2 id=\"claims\">Main claims of the period</h2>");
        if (r.Claims.Count == 0)
        {
            h.Append("<p>No claims in the ledger are dated in this window.</p>");
            return;
        }
        h.Append(Inv, $"<p><code class=\"cmd\">{Html.Escape(r.ClaimsCommand)}</code></p><table><tr><th>date</th><th>claim</th><th>who</th><th>where</th><th>verdict</th><th>source</th></tr>");
        foreach (var cl in r.Claims)
        {
            var who = cl.Speaker is null ? Html.Escape(cl.Side) : $"{Html.Escape(cl.Speaker)} ({Html.Escape(cl.Side)})";
            var source = cl.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                ? $"<a href=\"{Html.Escape(uri.AbsoluteUri)}\" rel=\"noreferrer\">{Html.Escape(cl.Document)}</a>"
                : Html.Escape(cl.Document);
            h.Append(Inv, $"<tr><td>{Html.Escape(cl.Date)}</td><td><blockquote>“{Html.Escape(cl.Quote)}”</blockquote><small>{Html.Escape(cl.Type)}</small></td><td>{who}</td><td>{Html.Escape(string.Join(", ", cl.Places))}</td><td>{Html.Escape(cl.Verdict ?? "not yet checked")}</td><td>{source}</td></tr>");
        }
        h.Append("</table>");
    }

    private static void Methods(StringBuilder h, SituationReport r)
    {
        var c = r.Change;
        h.Append("<h2 id=\"methods\">Methods and inputs</h2><ul>");
        h.Append(Inv, $"<li>Publisher: <b>{Html.Escape(r.Source)}</b>. Window asked: {r.From:yyyy-MM-dd} to {r.To:yyyy-MM-dd} (dates are the maps' as-of days; a date without its own map uses the latest map before it).</li>");
        h.Append(Inv, $"<li>Method {Html.Escape(ChangeAnalyzer.Method)}; inputs SHA-256 <span class=\"hash\">{Html.Escape(c.InputsHash)}</span>; boundaries and gazetteer SHA-256 <span class=\"hash\">{Html.Escape(r.TerrainHash)}</span>.</li>");
        h.Append(Inv, $"<li>Tolerances: a new front-line point counts towards the depth of advance only within {ChangeAnalyzer.ChangedGroundMetres / 1000:0.#} km of ground that changed hands; areas on an Albers equal-area projection of WGS 84 (standard parallels 45.5° and 51°).</li>");
        foreach (var note in c.Notes)
        {
            h.Append(Inv, $"<li>{Html.Escape(note)}</li>");
        }
        h.Append("</ul><table><tr><th>snapshot</th><th>SHA-256</th><th>file</th></tr>");
        foreach (var s in r.Snapshots)
        {
            h.Append(Inv, $"<tr><td>{s.AsOf:yyyy-MM-dd}</td><td class=\"hash\">{Html.Escape(s.ContentHash)}</td><td>{Html.Escape(Path.GetFileName(s.Origin))}</td></tr>");
        }
        h.Append("</table><p><code class=\"cmd\">frontline maps list</code></p>");
    }

    internal static string Km2(double km2) => string.Create(Inv, $"{km2:N1} km²");
}
