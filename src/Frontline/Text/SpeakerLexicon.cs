using System.Text.RegularExpressions;

namespace Frontline.Text;

/// <summary>Whose side a named speaker is on, and which medium a phrase names.</summary>
internal static partial class SpeakerLexicon
{
    /// <summary><c>UA</c>, <c>RU</c>, <c>third-party</c>, <c>media</c>, <c>unknown</c> (both sides named), or null when the words say nothing.</summary>
    public static string? SideOf(string speaker)
    {
        var media = Media().IsMatch(speaker);
        var third = Third().IsMatch(speaker);
        var ru = Ru().IsMatch(speaker);
        var ua = Ua().IsMatch(speaker);
        if (media && !Regex.IsMatch(speaker, @"\bsocial\s+media\b", RegexOptions.IgnoreCase))
        {
            return "media";
        }
        if (ua && ru)
        {
            // "the Russian-installed head", "Ukrainian and Russian sources": the first nationality is the speaker's own unless both are plural sources.
            if (Regex.IsMatch(speaker, @"Ukrainian\s+and\s+Russian|Russian\s+and\s+Ukrainian", RegexOptions.IgnoreCase))
            {
                return "unknown";
            }
            return Ru().Match(speaker).Index < Ua().Match(speaker).Index ? "RU" : "UA";
        }
        return ua ? "UA" : ru ? "RU" : third ? "third-party" : null;
    }

    /// <summary>The medium named in an attribution phrase, and where.</summary>
    public static (string? Channel, Match? At) ChannelOf(string phrase)
    {
        foreach (var (channel, regex) in new[]
        {
            ("telegram", Telegram()), ("address", Address()), ("briefing", Briefing()), ("social", Social()),
            ("interview", Interview()), ("map", MapWord()), ("statement", Statement()),
        })
        {
            if (regex.Match(phrase) is { Success: true } m)
            {
                return (channel, m);
            }
        }
        return (null, null);
    }

    [GeneratedRegex(@"Ukrain|\bKyiv\b|\bKiev\b(?!\s+regime)|Zelensk|Kuleba|Reznikov|Zaluzhn|Syrsk|Budanov|Arestovych|Podol[iy]a?k|Haidai|Gaidai|Hayday|Yermak|Mal[iy]ar|Vereshchuk|Shmyhal|Synegubov|Syniehubov|Synehubov|Humeniuk|Hromov|Ihnat|Klitschko|Danilov|Fedorov|Kim\b|Starukh|Marchenko|\bUAF\b|\bAFU\b|\bRMA\b|\bOMA\b|\bSBU\b|\bGUR\b|\bHUR\b|Oblast\s+(?:Head|Governor|Military)|oblast\s+military\s+administration|\bKharkiv\s+RMA|Pivden|Operational\s+Command|Zelenskyy|Україн|ЗСУ|Генштаб|Повітрян|Сил\s+оборони|Генеральн\w+\s+штаб\w*\s+ЗСУ", RegexOptions.IgnoreCase)]
    private static partial Regex Ua();

    [GeneratedRegex(@"Russia|Kremlin|Moscow|Putin|Shoigu|Peskov|Lavrov|Konashenkov|Kadyrov|Prigozhin|Gerasimov|Surovikin|Lapin|Medvedev|Zakharova|Pushilin|Pasechnik|Saldo|Balitsk|Stremousov|Aksyonov|Aksenov|Gladkov|Girkin|Strelkov|Rybar|Wagner|milblogger|miblogger|mil-?blogger|occupation\s+(?:authorit|official|head|administration)|Russian-(?:installed|appointed|backed)|proxy|proxies|\bDNR\b|\bLNR\b|\bDPR\b|\bLPR\b|people's\s+militia|Chechen|\bMoD\b(?=.*Russia)|Росі|Росси|рф\b|Кремл|Шойгу|Путин|Путін", RegexOptions.IgnoreCase)]
    private static partial Regex Ru();

    [GeneratedRegex(@"\bISW\b|Institute\s+for\s+the\s+Study\s+of\s+War|\bRUSI\b|\bIAEA\b|\bUN\b|United\s+Nations|\bNATO\b|Pentagon|\bU\.?S\.?\b|United\s+States|American|Washington|British|Britain|\bUK\b|Biden|Blinken|Austin|Kirby|Stoltenberg|Grossi|Western|analysts?\b|experts?\b|Polish|Poland|German|France|French|\bEU\b|European|Erdogan|Turk|Belarus|Lukashenko|think\s+tank|Oryx|Maxar|satellite|Amnesty|Human\s+Rights\s+Watch|OSCE|Red\s+Cross|ICRC|Saudi|China|Chinese|Israel|Iran", RegexOptions.IgnoreCase)]
    private static partial Regex Third();

    [GeneratedRegex(@"Reuters|\bAP\b|Associated\s+Press|\bAFP\b|\bBBC\b|\bCNN\b|New\s+York\s+Times|Washington\s+Post|Guardian|Kyiv\s+Independent|Kyiv\s+Post|Ukrinform|Politico|journalists?|reporters?|correspondents?|\bTASS\b|\bRIA\b|Interfax|Meduza|Ukrainska\s+Pravda|Suspilne|Bloomberg|Financial\s+Times|Wall\s+Street\s+Journal|the\s+outlet|newspaper|media\s+outlet|news\s+agency|\bRBC\b|Kommersant|Izvestia|Novaya\s+Gazeta", RegexOptions.IgnoreCase)]
    private static partial Regex Media();

    [GeneratedRegex(@"\bTelegram\b|телеграм", RegexOptions.IgnoreCase)]
    private static partial Regex Telegram();

    [GeneratedRegex(@"\b(?:video\s+|nightly\s+|evening\s+|daily\s+)?address\b|\baddress\s+to\s+the\s+nation|\bspeech\b|звернен", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"\bbriefings?\b|\bpress\s+conference\b|брифінг|брифинг", RegexOptions.IgnoreCase)]
    private static partial Regex Briefing();

    [GeneratedRegex(@"\btweet\w*|\bTwitter\b|\bon\s+X\b|\bFacebook\b|\bInstagram\b|\bVKontakte\b|\bVK\b|\bpost(?:ed)?\s+on\b|\bsocial\s+media\s+post|\bFacebook\s+page", RegexOptions.IgnoreCase)]
    private static partial Regex Social();

    [GeneratedRegex(@"\binterview\w*|\btold\s+(?:the\s+)?(?:BBC|CNN|TV|radio|reporters|journalists|state\s+television)|\bon\s+(?:state\s+)?(?:television|TV|radio)\b|\btelethon\b|інтерв", RegexOptions.IgnoreCase)]
    private static partial Regex Interview();

    [GeneratedRegex(@"\bmaps?\b", RegexOptions.IgnoreCase)]
    private static partial Regex MapWord();

    [GeneratedRegex(@"\bstatement\b|\binformed\b|\b(?:morning|evening|daily|operational)\s+(?:update|report|summary)|\bupdate\b|\bcommuniqu|\bpress\s+release\b|\bin\s+(?:a|its|his|her|their)\s+report\b|\bsummary\b|зведенн|повідомленн", RegexOptions.IgnoreCase)]
    private static partial Regex Statement();
}
