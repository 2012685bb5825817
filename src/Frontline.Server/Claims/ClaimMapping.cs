using Frontline.Documents;
using Frontline.Server.Verdicts;
using Frontline.Text;

namespace Frontline.Server.Claims;

/// <summary>From the core's claims and documents to the API's shapes; no judgement, only copying fields.</summary>
internal static class ClaimMapping
{
    public static ClaimRow Row(ClaimListItem c) => new(
        c.Id, c.DocumentName, c.Published, c.Date, c.Type, c.Side, c.Actor, c.Speaker, c.Modality, c.Quote,
        c.Place, c.Oblast, c.Lon, c.Lat, c.Verdict);

    public static ClaimDetail Detail(StoredClaim stored, Document document, VerdictResponse? verdict)
    {
        var c = stored.Claim;
        var a = c.Attribution;
        return new ClaimDetail(
            stored.Id, c.Date.Value, c.Date.Precision, c.Type, a.Side, c.Actor, c.Modality,
            a.Speaker, a.Role, a.Channel, a.Verb, c.QuoteText,
            c.Places.Select(p => new PlaceResponse(p.Name, p.Kind, p.Oblast, p.GazetteerId, p.Lon, p.Lat)).ToList(),
            c.Quantities.Select(q => new QuantityResponse(q.Value, q.Unit, q.What, q.Bound, Slice(document.Text, q.Span))).ToList(),
            Document(document), Spans(c, document.Text.Length), verdict);
    }

    public static DocumentResponse Document(Document d) => new(
        d.Hash, d.Name, d.Title, d.Provenance.Publisher, d.Provenance.Source, d.Provenance.Url, d.Published, d.Language, d.Format, d.Text);

    /// <summary>Every field's span that lies within the text, the quote first; overlapping spans are kept.</summary>
    public static IReadOnlyList<FieldSpan> Spans(Claim c, int textLength)
    {
        var spans = new List<FieldSpan>();
        void Add(string field, TextSpan? span, string? value)
        {
            if (span is { IsEmpty: false } s && s.Start >= 0 && s.End <= textLength)
            {
                spans.Add(new FieldSpan(field, s.Start, s.End, value));
            }
        }
        Add("quote", c.Quote, null);
        for (var a = c.Attribution; a is not null; a = a.Via)
        {
            var prefix = ReferenceEquals(a, c.Attribution) ? "" : "via ";
            Add(prefix + "speaker", a.SpeakerSpan, a.Speaker);
            Add(prefix + "role", a.RoleSpan, a.Role);
            Add(prefix + "channel", a.ChannelSpan, a.Channel);
            Add(prefix + "verb", a.VerbSpan, a.Verb);
        }
        Add("type", c.TypeSpan, c.Type);
        Add("actor", c.ActorSpan, c.Actor);
        foreach (var p in c.Places)
        {
            Add("place", p.Span, p.Name);
        }
        Add("date", c.Date.Span, c.Date.Value);
        foreach (var q in c.Quantities)
        {
            Add("quantity", q.Span, $"{q.Value} {q.Unit}");
        }
        Add("modality", c.ModalitySpan, c.Modality);
        return spans;
    }

    private static string Slice(string text, TextSpan span) =>
        span.Start >= 0 && span.End <= text.Length && !span.IsEmpty ? text[span.Start..span.End] : "";
}
