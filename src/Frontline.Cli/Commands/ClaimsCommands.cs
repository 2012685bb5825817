using System.CommandLine;
using System.Globalization;
using Frontline.Documents;
using Frontline.Text;

namespace Frontline.Cli.Commands;

/// <summary><c>frontline claims</c>: list and filter the ledger's claims; <c>frontline claims show ID</c>: one claim with its words highlighted.</summary>
internal static class ClaimsCommands
{
    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "Claim type, e.g. territory.control, strike" };
        var side = new Option<string?>("--side") { Description = "Side of the claim: UA, RU, third-party, media, unknown" };
        var oblast = new Option<string?>("--oblast") { Description = "Oblast a place of the claim lies in, e.g. Kherson" };
        var from = new Option<string?>("--from") { Description = "First day (YYYY-MM-DD, inclusive)" };
        var to = new Option<string?>("--to") { Description = "Last day (YYYY-MM-DD, inclusive)" };
        var json = new Option<bool>("--json") { Description = "JSON with SCHEMA.md's field names plus id, document, start, end" };
        var claims = new Command("claims", "List the ledger's claims, filtered") { type, side, oblast, from, to, json };
        claims.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            DateOnly? Day(Option<string?> o)
            {
                var v = parse.GetValue(o);
                return v is null ? null
                    : DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
                    : throw new FormatException($"{o.Name}: '{v}' is not YYYY-MM-DD");
            }
            ClaimQuery query;
            try
            {
                query = new ClaimQuery(parse.GetValue(type), parse.GetValue(side), parse.GetValue(oblast), Day(from), Day(to));
            }
            catch (FormatException e)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("error: " + e.Message);
                return 2;
            }
            await using var ledger = await CliLedger.OpenAsync(parse, ct);
            var found = await ledger.Documents.QueryClaimsAsync(query, ct);
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(ClaimJson.Serialize(found));
                return 0;
            }
            foreach (var c in found)
            {
                var cl = c.Claim;
                var quote = cl.QuoteText.Length > 90 ? cl.QuoteText[..87] + "..." : cl.QuoteText;
                var places = string.Join(", ", cl.Places.Select(p => p.Name));
                await output.WriteLineAsync(
                    $"{c.Id,6}  {cl.Date.Value,-21}  {cl.Type,-20} {cl.Attribution.Side,-11} actor {cl.Actor,-7} {cl.Modality,-8} {cl.Attribution.Speaker ?? "(author)"}: {quote}" +
                    (places.Length > 0 ? $"  @ {places}" : ""));
            }
            await output.WriteLineAsync($"{found.Count} claims");
            return 0;
        });
        claims.Subcommands.Add(Show());
        return claims;
    }

    private static Command Show()
    {
        var id = new Argument<long>("id") { Description = "Claim id" };
        var show = new Command("show", "One claim with its source text, each field's words highlighted") { id };
        show.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            await using var ledger = await CliLedger.OpenAsync(parse, ct);
            var store = ledger.Documents;
            var stored = await store.GetClaimAsync(parse.GetValue(id), ct);
            if (stored is null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: no claim {parse.GetValue(id)}");
                return 1;
            }
            var document = await store.GetDocumentAsync(stored.DocumentHash, ct);
            var c = stored.Claim;
            var a = c.Attribution;
            await output.WriteLineAsync($"claim {stored.Id} in {stored.DocumentName} (sha256 {stored.DocumentHash[..16]}…), characters {c.Quote.Start}..{c.Quote.End}");
            await output.WriteLineAsync($"  quote        {c.QuoteText}");
            await output.WriteLineAsync($"  speaker      {a.Speaker ?? "(the author)"}{(a.Role is null ? "" : $" — {a.Role}")}{(a.Verb is null ? "" : $" [{a.Verb}]")}");
            if (a.Via is { } via)
            {
                await output.WriteLineAsync($"  via          {via.Speaker} ({via.Side})");
            }
            await output.WriteLineAsync($"  side         {a.Side}");
            await output.WriteLineAsync($"  channel      {a.Channel ?? "-"}");
            await output.WriteLineAsync($"  type         {c.Type}");
            await output.WriteLineAsync($"  actor        {c.Actor}");
            await output.WriteLineAsync($"  places       {(c.Places.Count == 0 ? "-" : string.Join("; ", c.Places.Select(p => $"{p.Name} ({p.Kind}{(p.Oblast is null ? "" : ", " + p.Oblast)}{(p.EntryId is { } g ? $", {g}" : "")})")))}");
            await output.WriteLineAsync($"  date         {c.Date.Value} ({c.Date.Precision})");
            await output.WriteLineAsync($"  quantities   {(c.Quantities.Count == 0 ? "-" : string.Join("; ", c.Quantities.Select(q => $"{q.Value} {q.Unit}{(q.Bound is null ? "" : $" ({q.Bound})")} {q.What}")))}");
            await output.WriteLineAsync($"  modality     {c.Modality}");
            if (document is not null)
            {
                var (from, to) = Context(document.Text, c);
                await output.WriteLineAsync();
                await output.WriteLineAsync(ClaimHighlighter.Render(document.Text, c, from, to, ansi: false));
            }
            return 0;
        });
        return show;
    }

    /// <summary>The paragraph around the claim, cut to about 600 characters either side.</summary>
    private static (int From, int To) Context(string text, Claim c)
    {
        var from = text.LastIndexOf('\n', Math.Max(0, c.Quote.Start - 1)) + 1;
        var to = text.IndexOf('\n', c.Quote.End);
        to = to < 0 ? text.Length : to;
        from = Math.Max(from, c.Quote.Start - 600);
        to = Math.Min(to, c.Quote.End + 600);
        foreach (var span in ClaimHighlighter.Spans(c))
        {
            from = Math.Min(from, span.Span.Start);
            to = Math.Max(to, span.Span.End);
        }
        return (text.LastIndexOf('\n', Math.Max(0, from - 1)) + 1, to);
    }
}
