using Frontline.Documents;
using Frontline.Verification;

namespace Frontline.Cli.Commands;

/// <summary>Verdicts as text: one line each, and with <c>--explain</c> every publisher's evidence.</summary>
internal static class VerdictText
{
    public static void Write(TextWriter o, StoredClaim c, Verdict v, bool explain)
    {
        var quote = c.Claim.QuoteText.Length > 70 ? c.Claim.QuoteText[..67] + "..." : c.Claim.QuoteText;
        o.WriteLine($"{c.Id,6}  {v.Value,-15} {c.Claim.Type,-20} {c.Claim.Attribution.Speaker ?? "(author)"}: \"{quote}\"");
        if (!explain)
        {
            return;
        }
        o.WriteLine($"        why: {v.Why}");
        foreach (var f in v.Publishers)
        {
            o.WriteLine($"        {f.Source,-18} {f.Value,-15} {f.Why}");
            if (f.Snapshots.Count > 0)
            {
                o.WriteLine($"        {"",-18} maps: {string.Join(", ", f.Snapshots)}");
            }
            if (f.Command is { } command)
            {
                o.WriteLine($"        {"",-18} reproduce: {command}");
            }
        }
        if (v.Publishers.Count > 0)
        {
            o.WriteLine($"        tolerances: {v.Tolerance}");
        }
        o.WriteLine($"        inputs sha256 {v.InputsHash[..16]}…");
    }
}
