using System.Text;

namespace Frontline.Text;

/// <summary>Renders a claim's source text with each field's words marked: <c>[Serhiy Gaidai|speaker]</c>.</summary>
public static class ClaimHighlighter
{
    /// <summary>The fields of a claim that have a span, in text order, first field wins where spans overlap.</summary>
    public static IReadOnlyList<(string Field, TextSpan Span)> Spans(Claim c)
    {
        var list = new List<(string, TextSpan)>();
        void Add(string field, TextSpan? span)
        {
            if (span is { IsEmpty: false } s)
            {
                list.Add((field, s));
            }
        }
        var a = c.Attribution;
        Add("speaker", a.SpeakerSpan);
        Add("role", a.RoleSpan);
        Add("verb", a.VerbSpan);
        Add("channel", a.ChannelSpan);
        if (a.Via is { } via)
        {
            Add("via", via.SpeakerSpan);
        }
        Add("type", c.TypeSpan);
        Add("actor", c.ActorSpan);
        foreach (var p in c.Places)
        {
            Add("place", p.Span);
        }
        Add("date", c.Date.Span);
        foreach (var q in c.Quantities)
        {
            Add("quantity", q.Span);
        }
        Add("modality", c.ModalitySpan);
        var kept = new List<(string Field, TextSpan Span)>();
        foreach (var item in list)
        {
            if (!kept.Exists(k => k.Span.Overlap(item.Item2) > 0))
            {
                kept.Add(item);
            }
        }
        kept.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return kept;
    }

    /// <summary>The text of [from, to) with the claim's field spans marked; the quote itself is set off by ⟦ ⟧.</summary>
    public static string Render(string text, Claim c, int from, int to, bool ansi)
    {
        var sb = new StringBuilder();
        var spans = Spans(c).Where(s => s.Span.Start >= from && s.Span.End <= to).ToList();
        var events = new SortedDictionary<int, List<string>>();
        void At(int i, string s)
        {
            if (!events.TryGetValue(i, out var l))
            {
                events[i] = l = [];
            }
            l.Add(s);
        }
        At(c.Quote.Start, ansi ? "\u001b[4m" : "⟦");
        foreach (var (field, span) in spans)
        {
            At(span.Start, ansi ? "\u001b[1;33m" : "[");
            At(span.End, ansi ? $"\u001b[0;2m({field})\u001b[0m" + (span.End <= c.Quote.End && span.Start >= c.Quote.Start ? "\u001b[4m" : "") : $"|{field}]");
        }
        At(c.Quote.End, ansi ? "\u001b[0m" : "⟧");
        var pos = from;
        foreach (var (i, marks) in events)
        {
            if (i < from || i > to)
            {
                continue;
            }
            sb.Append(text, pos, i - pos);
            // Closings before openings at the same offset.
            foreach (var m in marks.OrderBy(m => m is "[" or "⟦" || m.StartsWith("\u001b[1", StringComparison.Ordinal) ? 1 : 0))
            {
                sb.Append(m);
            }
            pos = i;
        }
        sb.Append(text, pos, to - pos);
        return sb.ToString();
    }
}
