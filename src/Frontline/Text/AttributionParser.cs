using System.Text.RegularExpressions;

namespace Frontline.Text;

/// <summary>Finds who a sentence attributes its content to: "X said (that) …", "…, X said on Telegram", "according to X, …".</summary>
internal static partial class AttributionParser
{
    /// <summary>One attribution found in a sentence: the speaker's words, the reporting verb, and the content it governs.</summary>
    public sealed record Found(TextSpan Speaker, TextSpan? Verb, TextSpan Content, TextSpan Frame);

    /// <summary>The outermost attribution of [start, end), or null.</summary>
    public static Found? Find(string text, TextSpan sentence)
    {
        var s = text[sentence.Start..sentence.End];
        var o = sentence.Start;
        var hasVerb = AnyVerb().IsMatch(s);
        var hasAccording = s.Contains("ccording to", StringComparison.Ordinal) || s.Contains("as reported by", StringComparison.Ordinal)
            || s.Contains("За ", StringComparison.Ordinal) || s.Contains("По ", StringComparison.Ordinal);
        if (!hasVerb && !hasAccording)
        {
            return null; // the cheap test first: most sentences name no reporting verb
        }
        TextSpan G(Group g) => new(o + g.Index, o + g.Index + g.Length);
        if (hasAccording && AccordingLead().Match(s) is { Success: true } a && ValidSpeaker(a.Groups["sp"].Value))
        {
            return new Found(G(a.Groups["sp"]), G(a.Groups["v"]), G(a.Groups["c"]), new TextSpan(o, o + a.Groups["c"].Index));
        }
        if (hasAccording && AccordingTail().Match(s) is { Success: true } b && ValidSpeaker(b.Groups["sp"].Value))
        {
            return new Found(G(b.Groups["sp"]), G(b.Groups["v"]), new TextSpan(o, o + b.Index), new TextSpan(o + b.Index, sentence.End));
        }
        if (!hasVerb)
        {
            return null;
        }
        return Lead(s, o) ?? Tail(s, o);
    }

    /// <summary>
    /// A clause whose subject is a speaker and whose verb is a speech act with a noun object, not a "that" clause:
    /// "The Russian MoD announced the withdrawal of …", "Russian milbloggers lauded …", "Podolyak called for …".
    /// The clause is the claim and the subject its speaker; returns the speaker and the verb, or null.
    /// </summary>
    public static (TextSpan Speaker, TextSpan Verb)? SubjectSpeech(string text, TextSpan clause)
    {
        var s = text[clause.Start..clause.End];
        if (SpeechAct().Match(s) is not { Success: true } m)
        {
            return null;
        }
        var speaker = TrimAdverbs(m.Groups["sp"].Value);
        if (!ValidSpeaker(speaker) || SpeakerLexicon.SideOf(speaker) is null or "unknown")
        {
            return null;
        }
        var v = m.Groups["v"];
        return (new TextSpan(clause.Start, clause.Start + speaker.Length), new TextSpan(clause.Start + v.Index, clause.Start + v.Index + v.Length));
    }

    [GeneratedRegex(@"^(?<sp>[^“""«:;,()]{2,90}?(?:\s+\([^)]{1,12}\))?)\s+(?:also\s+|publicly\s+|openly\s+|reportedly\s+|on\s+\w+\s+|later\s+)?(?<v>announced|lauded|praised|accused|criticized|criticised|called\s+(?:on|for)|described|issued|questioned|registered|expressed|blamed|demanded|denounced|condemned|welcomed|confirmed|acknowledged)\b")]
    private static partial Regex SpeechAct();

    // Scans instead of one big pattern: a lazy speaker, a verb list and a lazy content backtrack badly on long sentences.
    private static Found? Lead(string s, int o)
    {
        foreach (Match v in LeadVerb().Matches(s))
        {
            if (v.Index > 160)
            {
                break;
            }
            var speaker = TrimAdverbs(s[..v.Index]);
            if (speaker.Length == 0 || speaker.AsSpan().IndexOfAny("“\"«:;") >= 0 || !ValidSpeaker(speaker))
            {
                continue;
            }
            var after = v.Index + v.Length;
            var verbSpan = new TextSpan(o + v.Index, o + after);
            var speakerSpan = new TextSpan(o, o + speaker.Length);
            if (ThatAfter().Match(s, after) is { Success: true } that && s.Length - (that.Index + that.Length) > 10)
            {
                var c = that.Index + that.Length;
                return new Found(speakerSpan, verbSpan, new TextSpan(o + c, o + s.Length), new TextSpan(o, o + c));
            }
            if (DirectVerb().IsMatch(v.Value) && !speaker.Contains(',', StringComparison.Ordinal) && NotContentStart().Match(s, after) is { Success: false })
            {
                var c = after;
                while (c < s.Length && s[c] == ' ')
                {
                    c++;
                }
                if (s.Length - c > 10)
                {
                    return new Found(speakerSpan, verbSpan, new TextSpan(o + c, o + s.Length), new TextSpan(o, o + c));
                }
            }
        }
        if (Participle().Match(s) is { Success: true } p && SubjectVerb().Match(s[..p.Index]) is { Success: true } sv && ValidSpeaker(sv.Groups["sp"].Value) && s.Length - (p.Index + p.Length) > 10)
        {
            var c = p.Index + p.Length;
            return new Found(new TextSpan(o, o + sv.Groups["sp"].Length), new TextSpan(o + sv.Groups["v"].Index, o + sv.Groups["v"].Index + sv.Groups["v"].Length),
                new TextSpan(o + c, o + s.Length), new TextSpan(o, o + c));
        }
        return null;
    }

    private static Found? Tail(string s, int o)
    {
        var from = Math.Max(0, s.Length - 160);
        for (var i = s.Length - 1; i > from; i--)
        {
            if (s[i] is not (',' or '”' or '"'))
            {
                continue;
            }
            if (TailRest().Match(s, i + 1) is { Success: true } t && ValidSpeaker(t.Groups["sp"].Value) && i > 10)
            {
                var sp = t.Groups["sp"];
                return new Found(new TextSpan(o + sp.Index, o + sp.Index + sp.Length), new TextSpan(o + t.Groups["v"].Index, o + t.Groups["v"].Index + t.Groups["v"].Length),
                    new TextSpan(o, o + i), new TextSpan(o + i, o + s.Length));
            }
        }
        return null;
    }

    private static string TrimAdverbs(string speaker)
    {
        var sp = speaker.TrimEnd();
        while (TrailingAdverb().Match(sp) is { Success: true } m)
        {
            sp = sp[..m.Index].TrimEnd();
        }
        return sp;
    }

    private static bool ValidSpeaker(string speaker)
    {
        var sp = speaker.Trim();
        if (sp.Length < 2 || sp.Length > 140 || sp.Split(' ').Length > 16)
        {
            return false;
        }
        if (NotSpeaker().IsMatch(sp))
        {
            return false;
        }
        return char.IsUpper(sp[0]) || SpeakerStart().IsMatch(sp);
    }

    /// <summary>Splits "Russian Defense Minister Sergei Shoigu" into role and name, and "Serhiy Gaidai, the governor of …," likewise.</summary>
    public static (TextSpan Name, TextSpan? Role) SplitRole(string text, TextSpan speaker)
    {
        var sp = text[speaker.Start..speaker.End];
        var comma = sp.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0)
        {
            var role = sp[(comma + 2)..].TrimEnd(',', ' ');
            var roleStart = speaker.Start + comma + 2;
            return (new TextSpan(speaker.Start, speaker.Start + comma), new TextSpan(roleStart, roleStart + role.Length));
        }
        var words = TrailingWord().Matches(sp);
        // The longest run of capitalised words at the end that is a name, not an office: "Defense Minister | Sergei Shoigu".
        for (var k = Math.Min(3, words.Count); k >= 1; k--)
        {
            var first = words[words.Count - k];
            if (words.Count > 0 && words[^1].Index + words[^1].Length != sp.Length)
            {
                break;
            }
            var name = sp[first.Index..];
            if (!Regex.IsMatch(name, @"^(?:\p{Lu}[\p{Ll}’'-]+\s+){0,2}\p{Lu}[\p{Ll}’'-]+$") || OrgWord().IsMatch(name) || !Consecutive(sp, words, words.Count - k))
            {
                continue;
            }
            var roleText = sp[..first.Index].TrimEnd();
            return (new TextSpan(speaker.Start + first.Index, speaker.End), roleText.Length > 0 ? new TextSpan(speaker.Start, speaker.Start + roleText.Length) : null);
        }
        return (speaker, null);
    }

    private static bool Consecutive(string sp, MatchCollection words, int from)
    {
        for (var i = from; i < words.Count - 1; i++)
        {
            if (words[i + 1].Index != words[i].Index + words[i].Length + 1)
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"\p{Lu}[\p{Ll}’'-]+")]
    private static partial Regex TrailingWord();

    /// <summary>True when the words name one person ("Serhiy Gaidai", "Kadyrov", "he").</summary>
    public static bool IsPerson(string name) =>
        PersonName().IsMatch(name) && !OrgWord().IsMatch(name) && SpeakerLexicon.SideOf(name) is null or "UA" or "RU" or "third-party" &&
        !Regex.IsMatch(name, @"^(?:Ukraine|Russia|Kyiv|Moscow|Kremlin|Kiev|ISW|RUSI)$");

    private const string Verbs =
        @"said|says|say|stated|states|reported|reports|announced|announces|claimed|claims|claim|noted|notes|added|adds|told\s+[\w\s’']{1,40}?|wrote|writes|confirmed|confirms|assessed|assesses|warned|argued|insisted|suggested|indicated|acknowledged|admitted|denied|declared|posted|maintained|alleged|asserted|explained|emphasized|emphasised|stressed|informed\s+[\w\s’']{1,40}?|is\s+claiming|are\s+claiming|described|accused|blamed|promised|vowed|believes|believe|expects|expect|published|amplified|forecast|forecasted|predicted|threatened|boasted|complained|called\s+on|urged|hoped|expressed\s+(?:their|his|her)\s+hopes|registered|acknowledges|заявив|заявила|повідомив|повідомила|повідомили|зазначив|наголосив|сказав|заявил|сообщил|сообщили|отметил|сказал";

    [GeneratedRegex(@"\b(?:" + Verbs + @"|saying|adding|claiming|noting|arguing|stating|accusing|warning|insisting|suggesting|lauded|questioned|criticized|criticised|agreed|registered|demanded|praised|complained|expressed|amplified)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnyVerb();

    [GeneratedRegex(@"\b(?:said|added|reported|stated|wrote|noted|claimed|announced|told|emphasized|stressed|explained|warned|posted|insisted|concluded)\b")]
    private static partial Regex TailVerb();

    [GeneratedRegex(@"^(?<v>According\s+to)\s+(?<sp>[^,]{2,100}?),\s+(?<c>.+)$|^(?<v>За\s+(?:словами|даними|інформацією)|По\s+(?:словам|данным))\s+(?<sp>[^,]{2,100}?),\s+(?<c>.+)$", RegexOptions.Singleline, 500)]
    private static partial Regex AccordingLead();

    [GeneratedRegex(@",?\s+(?<v>according\s+to)\s+(?<sp>[^,.;]{2,100}?)[.”""]*\s*$|,?\s+(?<v>as\s+(?:reported|stated|claimed)\s+by)\s+(?<sp>[^,.;]{2,100}?)[.”""]*\s*$")]
    private static partial Regex AccordingTail();

    [GeneratedRegex(@"\b(?:" + Verbs + @")\b")]
    private static partial Regex LeadVerb();

    [GeneratedRegex(@"^(?:said|says|claimed|claims|reported|reports|stated|described|noted|believes|expects|warned|blamed|accused|called\s+on|urged|is\s+claiming|are\s+claiming|заявив|повідомив|заявил|сообщил)$")]
    private static partial Regex DirectVerb();

    [GeneratedRegex(@"\G(?<adj>[^.“""\n]{0,90}?)\s+(?:that\s+|:\s*)")]
    private static partial Regex ThatAfter();

    [GeneratedRegex(@"\G\s*(?:on|in|at|during|to|that|it|this|earlier|yesterday|today|last)\b")]
    private static partial Regex NotContentStart();

    [GeneratedRegex(@",\s+(?:saying|adding|claiming|noting|arguing|stating|accusing|warning|insisting|suggesting)\s+(?:that\s+)?")]
    private static partial Regex Participle();

    [GeneratedRegex(@"^(?<sp>[^“""«:;,]{2,80}?)\s+(?:also\s+|reportedly\s+|publicly\s+|openly\s+)?(?<v>\w+ed)\b")]
    private static partial Regex SubjectVerb();

    [GeneratedRegex(@"\s+(?:also|reportedly|previously|separately|recently|additionally|officially|publicly|later|further|similarly|repeatedly|falsely|openly|has|have|had)$")]
    private static partial Regex TrailingAdverb();

    [GeneratedRegex(@"\G\s*[”""]?\s*(?<sp>he|she|they|[A-Z][\w’'.-]*(?:\s+[\w’'().-]+){0,8}?|the\s+[\w’'-]+(?:\s+[\w’'-]+){0,6}?)\s+(?:also\s+)?(?<v>said|added|reported|stated|wrote|noted|claimed|announced|told\s+[\w\s]{1,30}?|emphasized|stressed|explained|warned|posted|insisted|concluded)\b(?<adj>[^.]{0,80}?)[.”""]*\s*$", RegexOptions.None, 500)]
    private static partial Regex TailRest();

    [GeneratedRegex(@"^(?:it|this|that|there|which|what|who|one|some|many|most|all|these|those|and|but|as|if|when|while|ukrainian\s+forces|russian\s+forces|forces|troops)\b|\b(?:is|are|was|were|will|would|has\s+been|have\s+been)\s+\w+ing\b|\s(?:is|are|was|were)\s|\s(?:and|but)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotSpeaker();

    [GeneratedRegex(@"^(?:the|a|an|he|she|they|local|military|russian|ukrainian|western|officials|sources|social|milbloggers|pro-|two|several|some|український|російськ)", RegexOptions.IgnoreCase)]
    private static partial Regex SpeakerStart();

    [GeneratedRegex(@"(?:\p{Lu}[\p{Ll}’'-]+\s+){0,2}\p{Lu}[\p{Ll}’'-]+$")]
    private static partial Regex PersonAtEnd();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{Ll}’'-]+\s+){0,2}\p{Lu}[\p{Ll}’'-]+$|^(?:he|she)$", RegexOptions.IgnoreCase)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"\b(?:Ministry|Defen[cs]e|Staff|General|Oblast|Head|Governor|Administration|Forces|Force|Command|Office|Council|Service|Army|Navy|Guard|Kremlin|Ukraine|Russia|Institute|Agency|Committee|Government|Directorate|Headquarters|Minister|President|Commander|Chief|Region|Republic|Federation|Mayor|Spokesperson|Spokesman|Adviser|Advisor|Deputy|Secretary|Center|Centre|Group|Battalion|Brigade|Media|News|Post|Times|Independent|Telegram|Twitter|The|A|Social|Sources|Officials|Milbloggers|Bloggers|Russian|Ukrainian|Western|Armed)\b")]
    private static partial Regex OrgWord();
}
