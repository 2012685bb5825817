using System.Globalization;
using System.Text;
using Frontline.Maps;

namespace Frontline.Reports;

/// <summary>Draws km² gained per day as inline SVG: Ukraine's gains above the axis, Russia's below, one bar per snapshot pair.</summary>
/// <remarks>A bar spans the days between its two snapshots, so a three-day gap is one wide, lower bar (km² per day), not a spike.</remarks>
public static class SvgChart
{
    public const int Width = 960;
    public const int Height = 300;
    private const int Left = 64;
    private const int Right = 16;
    private const int Top = 24;
    private const int Bottom = 48;

    public static string Render(IReadOnlyList<SeriesRow> rows, DateOnly from, DateOnly to)
    {
        var inv = CultureInfo.InvariantCulture;
        var svg = new StringBuilder();
        svg.Append(inv, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-label=\"km² gained per day\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>");
        var first = rows.Count > 0 ? rows.Min(r => r.PreviousDate) : from;
        var last = rows.Count > 0 ? rows.Max(r => r.Date) : to;
        var days = Math.Max(1, last.DayNumber - first.DayNumber);
        var up = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Days == 0 ? 0 : r.UaGainedKm2 / r.Days));
        var down = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Days == 0 ? 0 : r.RuGainedKm2 / r.Days));
        var step = Nice((up + down) / 5);
        up = Math.Ceiling(up / step) * step;
        down = Math.Ceiling(down / step) * step;
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom;
        var perKm2 = plotH / (up + down);
        var zero = Top + up * perKm2;
        double X(DateOnly d) => Left + (d.DayNumber - first.DayNumber) * plotW / days;
        for (var v = -down; v <= up + 1e-9; v += step)
        {
            var y = zero - v * perKm2;
            svg.Append(inv, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"{(Math.Abs(v) < 1e-9 ? "#333" : "#e2e2e2")}\"/>");
            svg.Append(inv, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{Math.Abs(v):N0}</text>");
        }
        svg.Append(inv, $"<text x=\"14\" y=\"{Top + plotH / 2:0}\" transform=\"rotate(-90 14 {Top + plotH / 2:0})\" text-anchor=\"middle\">km² per day</text>");
        foreach (var r in rows)
        {
            if (r.Days == 0)
            {
                continue;
            }
            var x = X(r.PreviousDate) + 0.5;
            var w = Math.Max(1, X(r.Date) - X(r.PreviousDate) - 1);
            var ua = r.UaGainedKm2 / r.Days * perKm2;
            var ru = r.RuGainedKm2 / r.Days * perKm2;
            svg.Append(inv, $"<rect x=\"{x:0.##}\" y=\"{zero - ua:0.##}\" width=\"{w:0.##}\" height=\"{ua:0.##}\" fill=\"{SvgMap.UaColour}\"><title>{r.PreviousDate:yyyy-MM-dd} → {r.Date:yyyy-MM-dd}: Ukraine gained {r.UaGainedKm2:N1} km² ({r.UaGainedKm2 / r.Days:N1}/day)</title></rect>");
            svg.Append(inv, $"<rect x=\"{x:0.##}\" y=\"{zero:0.##}\" width=\"{w:0.##}\" height=\"{ru:0.##}\" fill=\"{SvgMap.RuColour}\"><title>{r.PreviousDate:yyyy-MM-dd} → {r.Date:yyyy-MM-dd}: Russia gained {r.RuGainedKm2:N1} km² ({r.RuGainedKm2 / r.Days:N1}/day)</title></rect>");
        }
        // Date ticks: about eight, on whole days.
        var tickDays = Math.Max(1, (int)Math.Ceiling(days / 8.0));
        for (var d = first; d <= last; d = d.AddDays(tickDays))
        {
            var x = X(d);
            svg.Append(inv, $"<line x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{Height - Bottom}\" y2=\"{Height - Bottom + 4}\" stroke=\"#333\"/><text x=\"{x:0.#}\" y=\"{Height - Bottom + 20}\" text-anchor=\"middle\">{d:MM-dd}</text>");
        }
        svg.Append(inv, $"<text x=\"{Left + 4}\" y=\"{Top - 8}\" fill=\"{SvgMap.UaColour}\">▲ gained by Ukraine</text>");
        svg.Append(inv, $"<text x=\"{Left + 4}\" y=\"{Height - 6}\" fill=\"{SvgMap.RuColour}\">▼ gained by Russia</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double Nice(double raw)
    {
        var exp = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var f = raw / exp;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * exp;
    }
}
