using System.Text.RegularExpressions;

namespace Frontline.Text;

/// <summary>How sure a claim is: hedged ("likely", "reportedly"), denied ("did not", "no indications"), future ("will", "plans to"), else asserted.</summary>
/// <remarks>Hedging wins over future ("will likely" is hedged) and over denial; "failed to" is asserted.</remarks>
public static partial class ModalityDetector
{
    public const string Asserted = "asserted";
    public const string Hedged = "hedged";
    public const string Denied = "denied";
    public const string Future = "future";

    /// <summary>The modality of [start, end) of <paramref name="text"/> and the words that decided it (null span for asserted).</summary>
    public static (string Modality, TextSpan? Span) Detect(string text, int start, int end)
    {
        var slice = text[start..end];
        foreach (var (modality, regex) in Rules)
        {
            if (regex.Match(slice) is { Success: true } m)
            {
                if (modality == Denied && ContrastAfter().IsMatch(slice, m.Index + m.Length))
                {
                    continue; // "are not arriving in units but rather are being sent …" asserts the alternative
                }
                return (modality, new TextSpan(start + m.Index, start + m.Index + m.Length));
            }
        }
        return (Asserted, null);
    }

    private static readonly (string, Regex)[] Rules = [(Hedged, HedgeRegex()), (Future, FutureNegated()), (Denied, DenyRegex()), (Future, FutureRegex())];

    // Not hedges: "could"/"might" in a purpose clause ("so that they could flee"), "May" the month, "the likely evolution" (an adjective).
    [GeneratedRegex(@"\b(?:(?<!\bthe\s)likely|unlikely|probably|possibly|possible|perhaps|(?-i:may)|(?<!\bso\s+that\s+\w+\s)(?:might|could)|appears?|appeared|apparently|reportedly|allegedly|purportedly|seem(?:s|ed)?|suggest(?:s|ed|ing)?\s+that|it\s+is\s+(?:not\s+)?(?:clear|unclear)|not\s+clear|unclear|unconfirmed|almost\s+certainly|presumably|would|believe[sd]?|expected\s+to|ймовірно|імовірно|можливо|попередньо|вірогідно|очевидно|вероятно|возможно|предположительно|по\s+предварительным)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeRegex();

    [GeneratedRegex(@"\G[^.;]{0,80}?\bbut\s+(?:rather|instead)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContrastAfter();

    [GeneratedRegex(@"\b(?:will\s+not|won['’]t)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureNegated();

    [GeneratedRegex(@"\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t|has\s+not|hasn['’]t|have\s+not|haven['’]t|had\s+not|was\s+not|wasn['’]t|were\s+not|weren['’]t|is\s+not|isn['’]t|are\s+not|aren['’]t|cannot|can['’]t|could\s+not|no\s+(?:indications?|evidence|signs?|confirmation)|never|denied|deny|denies|не\s+(?:було|є|змогл\w*|вдалося|подтвержд\w*))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DenyRegex();

    [GeneratedRegex(@"\b(?:will|won['’]t|shall|going\s+to|plan(?:s|ned)?\s+to|intend(?:s|ed)?\s+to|aims?\s+to|promise[sd]?|vow(?:s|ed)?|pledge[sd]?|call(?:s|ed)?\s+on|urge[sd]?|must|should|soon|hope[sd]?|hopes|need\s+to\s+make\s+sure|(?:am|are|is)\s+(?:also\s+)?asking|call(?:s|ed)?\s+for|allows?\s+us\s+to|ultimate\s+aim|fundamental\s+task|tasked\s+\w+\s+\w+\s+with|planned|next\s+(?:week|month|year)|in\s+(?:the\s+)?(?:coming|next)\s+\w+|буде|будуть|планує|має\s+намір|будет|будут|планирует|намерен\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureRegex();
}
