using System.Text.RegularExpressions;

namespace Frontline.Text;

/// <summary>The words that make a clause a claim of a given type, in English, Ukrainian and Russian, most specific type first.</summary>
/// <remarks>Source-generated regexes: the lexicon is large, and compiling it at run time cost about 5 s of CPU per process
/// (every <c>frontline ingest</c>), more than extracting the 325 ISW reports.
/// The weak (topic) lists name events and states, not the war's topics: "war", "people", "units", "positions", "front",
/// "strategy", "operations", "capital", "diplomatic", "housing" alone made a claim of almost every sentence of an address
/// or an analysis (on the dev gold they were three times as often spurious as right).
/// SCHEMA's own boundary cases are spelled out: aircraft shot down are losses (missiles and drones shot down stay
/// strikes), attacks on bases, airfields, barges or ships are strikes (not ground combat), "break through" is an advance.</remarks>
internal static partial class ClaimLexicon
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Type triggers in priority order: the first type whose pattern matches a clause is its type.</summary>
    public static IReadOnlyList<(string Type, Regex Pattern)> Types { get; } =
    [
        (ClaimTypes.Infrastructure, InfrastructureStrong()),
        (ClaimTypes.Political, PoliticalStrong()),
        (ClaimTypes.Advance, AdvanceStrong()),
        (ClaimTypes.Mobilization, Mobilization()),
        (ClaimTypes.Withdrawal, Withdrawal()),
        (ClaimTypes.Assessment, AssessmentStrong()),
        (ClaimTypes.Control, Control()),
        (ClaimTypes.Advance, AdvanceWeak()),
        (ClaimTypes.Losses, Losses()),
        (ClaimTypes.Infrastructure, InfrastructureWeak()),
        (ClaimTypes.Strike, Strike()),
        (ClaimTypes.Civilian, CivilianStrong()),
        (ClaimTypes.Combat, Combat()),
        (ClaimTypes.Civilian, CivilianWeak()),
        (ClaimTypes.Political, PoliticalWeak()),
        (ClaimTypes.Assessment, AssessmentWeak()),
    ];

    [GeneratedRegex(@"\b(?:destroy\w*|demolish\w*|damag\w*|blew\s+up|blown\s+up|cut|disabled|knocked\s+out|mined|shut\s+down)\b[^.;]{0,60}?\b(?:bridges?|depots?|ammunition|power|energy|dams?|crossings?|infrastructure|facilit\w*|TV\s+signal|substation\w*|railway\w*|storage|seaport|waterway|port)\b|\b(?:bridges?|depots?|power\s+(?:plant|units?|lines?)|energy\s+facilities|dams?|crossings?|infrastructure(?:\s+facilities)?|substation\w*|railway\s+line|TV\s+signal)\b[^.;]{0,80}?\b(?:destroyed|damaged|demolished|mined|blown\s+up|cut|shut\s+down|blocked)\b", Options)]
    private static partial Regex InfrastructureStrong();

    [GeneratedRegex(@"\bdecrees?\b|\btransfer(?:ring|red)?\s+(?:of\s+)?control|\bassert\s+(?:full\s+)?(?:\w+\s+)?control\s+over|\bannex\w*|\breferend\w*|\bsanction\w*|\bRosatom\b|\bRosenergoatom\b|\bnegotiat\w*|\bprisoner\s+exchange|\bexchange\s+of\s+prisoners|\blegal\s+(?:responsibility|work|entity)", Options)]
    private static partial Regex PoliticalStrong();

    [GeneratedRegex(@"\b(?:beg[au]n|start(?:ed)?|launch(?:ed)?)\s+(?:the\s+)?(?:liberat\w*|de-?occupation|attempt\s+to\s+captur\w*|to\s+liberat\w*)|\bde-?occupation\b[^.]{0,40}\bhas\s+begun|\b(?:were|was|are|is)\s+liberating\b|\battempt\w*\s+to\s+(?:captur|seiz|take)\w*", Options)]
    private static partial Regex AdvanceStrong();

    [GeneratedRegex(@"\bmobili[sz](?:ation|ing|e|es)\b|\bmobili[sz]ed\b(?!\s+(?:servicemen|personnel|men|soldiers|troops|reservists|forces|units|recruits))|\breservists?\b|\bconscript\w*|\bcall(?:ed|ing|s)?[-\s]up\b|\bcalled\s+up\b|\bdraft(?:ed|ees?)\b|\brecruit\w*|\bforce\s+generation\b|\bnew(?:ly)?\s+(?:formed\s+)?units\b|\breplenish\w*|мобіліз\w*|мобилиз\w*|призов\w*", Options)]
    private static partial Regex Mobilization();

    [GeneratedRegex(@"\bwithdr[ae]w\w*|\bwithdrawal\b|\bretreat\w*|\bpull(?:ed|ing)?\s+(?:back|out)\b|\babandon\w*|\bfled\b|\bflee(?:ing)?\b|\bgoodwill\s+gesture\b|відступ\w*|відійш\w*|отступ\w*|отвод\w*", Options)]
    private static partial Regex Withdrawal();

    [GeneratedRegex(@"\bmorale\b|\bdemorali[sz]\w*|\bshortages?\b|\bshort\s+of\b|\bcapabilit\w*|\bunable\s+to\b|\bintend\w*|\bintention\w*|\bthe\s+aim\b|\bsetting\s+(?:informational\s+)?conditions\b|\bcritici[sz]\w*|\bcritiques?\b|\bblamed\b|\bscapegoat\w*|\bsuitable\s+for\b|\brift\b|\bprioriti[sz]\w*|\bdeprioriti[sz]\w*|\bfundamental\s+task\b|\bkey\s+(?:strategic\s+)?objective\b", Options)]
    private static partial Regex AssessmentStrong();

    [GeneratedRegex(@"\bliberat\w*|\b(?:re)?captur(?:e|ed|ing)\b(?!\s+(?:\d|several|many|dozens|hundreds|prisoners|soldiers|troops|servicemen))|\bseiz(?:e|ed|ing)\b|\bretook\b|\bretake\w*|\bre-?took\b|\bregain\w*|\bwrest\w*\s+back|\btook\s+control|\btake\s+control|\bunder\s+(?:\w+\s+)?(?:control|occupation)\b|(?<!transfer\s|exploit\s\w{4,6}\s)\bcontrols?\b(?!\s+of\s+the\s+(?:plant|ZNPP|station))|\bentered\b|\bde-?occupation\b|\b(?:was|were|been|is|are|remains?)\s+(?:\w+\s+)?occupied\b|\boccupied\s+by\b|\boccupation\s+of\b|\btook\s+over\b|\braising\s+the\s+\w+\s+flag|\brecaptur\w*|\bfell\b|\bencircl\w*|\bsurrounded\b|звільн\w*|деокупов\w*|окупован\w*|захоплен\w*|освобо\w*|захвач\w*|взят\w*\s+под\s+контрол\w*|контрол\w*", Options)]
    private static partial Regex Control();

    [GeneratedRegex(@"\bbreak\s+through\b|\badvanc\w*|\bpush(?:ed|ing)?\s+(?:forward|back|into|toward)|\b(?:drove|drive|driven|driving|moved?|moving)\s+forward\b|\bcounter-?offensive\w*|\bcounter-?attack\w*|\bbreakthrough\w*|\bgains?\b|\bgained\b|\bmade\s+progress\b|\boffensive\s+operations?\b|\bproject(?:ing)?\s+into\b|\bmaneuver\w*|\bpenetrat\w*|просун\w*|продвин\w*|продвиж\w*|наступ\w*|контрнаступ\w*", Options)]
    private static partial Regex AdvanceWeak();

    [GeneratedRegex(@"\bshot\s+down\s+(?:\w+\s+){0,3}?(?:aircraft|planes?|jets?|helicopters?|Su-\d+)\b|\bkill(?:ed|ing)?\b|\bcasualt\w*|\blosses\b|\blost\b|\bneutrali[sz]ed\b|\bsurrender\w*|\bprisoners?\b|\bPOWs?\b|\bwounded\b|\bliquidated\b|\beliminated\b|\bdestroyed\s+(?:\d|\w+\s+)?(?:tanks?|vehicles?|aircraft|helicopters?|equipment|armou?red)|\btanks\b|\bAPV\b|\bMLRS\b|\bartillery\s+systems\b|\bhelicopters\b|\bwarships\b|\bspecial\s+equipment\b|\bpersonnel\s*[‒–-]|втрат\w*|загинул\w*|загибл\w*|поранен\w*|полонен\w*|потер\w*|погиб\w*|ранен\w*|уничтож\w*\s+\d", Options)]
    private static partial Regex Losses();

    [GeneratedRegex(@"\bbridges?\b|\bdepots?\b|\bammunition\s+(?:stocks?|depots?)|\bpower\s+(?:plant|units?|station|lines?|grid|supply)|\benergy\s+(?:facilities|infrastructure|system)|\bdams?\b|\bcrossings?\b|\binfrastructure\b|\belectricity\b|\bsubstation\w*|\bheating\b|\brailway\w*|\bTV\s+signal\b|\bmobile\s+connection\b|\bcommunications\b|\binternet\b|\bgas\s+supply\b|\bwater\s+supply|\bblackouts?\b|\bfuel\s+(?:depot|storage)|інфраструктур\w*|енергетик\w*|знеструм\w*|підстанц\w*|інфраструктур\w*|энергетик\w*", Options)]
    private static partial Regex InfrastructureWeak();

    [GeneratedRegex(@"\battack(?:s|ed)?\s+(?:on\s+)?(?:the\s+)?(?:\w+\s+){0,2}?(?:bases?|air\s*bases?|airfields?|barges|ships?|landing\s+areas)\b|\bstrik(?:e|es|ing)\b|\bstruck\b|\bshell(?:ed|ing|s)?\b|\bmissiles?\b|\brockets?\b|\bdrones?\b|\bUAVs?\b|\bShaheds?\b|\bair\s*strikes?|\bairstrikes?\b|\bbomb\w*|\bexplosions?\b|\bblasts?\b|\bshot\s+down\b|\bintercept\w*|\bair\s+defen[cs]e\b|\bhit\b|\bartillery\s+fire\b|\bkamikaze\b|\bfired\b|\blaunch(?:ed|es)\b|\bHIMARS\b|ракет\w*|обстріл\w*|удар\w*|дрон\w*|шахед\w*|ППО|ЗРК|бпла\w*|обстрел\w*", Options)]
    private static partial Regex Strike();

    [GeneratedRegex(@"\bevacuat\w*|\bdeport\w*|\bresidential\b|\bhumanitarian\s+corridors?\b|\bcivilian\s+(?:lives|casualties|deaths)\b|\bhigh-rise\s+buildings\b|\bhousing\s+stock\b|\bgraves?\b|\btortur\w*|евакуац\w*|депорт\w*", Options)]
    private static partial Regex CivilianStrong();

    [GeneratedRegex(@"\bfight\w*|\bfought\b|\battack\w*|\bassault\w*|\brepel\w*|\brepuls\w*|\bclash\w*|\bbattles?\b|\bstorm(?:ed|ing)?\b|\bground\s+attacks?|\bclearing\b|\bcombat\s+operations\b|\bdefen[cd](?:ed|ing)\b|\bhold(?:ing)?\s+(?:their|the)\s+(?:ground|positions?|lines?)|\bengage\w*|\bskirmish\w*|\bdug\s+in\b|бо[ії]\b|боях|бойов\w*|атак\w*|штурм\w*|відбил\w*|отбил\w*|бои\b", Options)]
    private static partial Regex Combat();

    [GeneratedRegex(@"\bcivilians?\b|\bresidents?\b|\bevacuat\w*|\bdeport\w*|\bhomes?\b|\bhumanitarian\b|\bgraves?\b|\btortur\w*|\bchildren\b|\brefugees?\b|\bhostages?\b|\bwar\s+crimes?\b|\bpopulation\b|\blocal\s+people\b|\binhabitants\b|\bfiltration\b|\bdetained\b|\bheating\s+season\b|\bhouses\b|\bapartment\s+buildings\b|\bresidential\b|\btourists\b|\btraffic\b|\bbuses\b|\bambulances\b|цивільн\w*|мешкан\w*|евакуац\w*|жител\w*|мирн\w+\s+(?:населення|жител)", Options)]
    private static partial Regex CivilianWeak();

    [GeneratedRegex(@"\bannex\w*|\breferend\w*|\bdecree\w*|\bsanction\w*|\bsign(?:ed|s)?\b|\bdeliver\w*|\bweapons?\s+(?:aid|supplies|package)|\baid\b|\bexchange\w*|\bappoint\w*|\bdismiss\w*|\breplaced\b|\bnegotiat\w*|\btalks\b|\bvisit\w*|\bmet\s+with\b|\bmeeting\b|\bIAEA\b|\bRosatom\b|\blegal\s+(?:responsibility|work|entity)|\bcommand\s+of\b|\btook\s+command\b|\bpartners?\b|\bLeopards?\b|\btanks?\s+arrived\b|\bnuclear\s+weapons?\b|\bregime\b|\bwas\s+in\s+Kyiv\b|\bconversation\s+with\b|\bvote\b|\bresolution\b|\bdelegation\b|\barrived\s+in\b|\bdecorations?\b|\bawards?\b|анексі\w*|референдум\w*|указ\w*|санкц\w*", Options)]
    private static partial Regex PoliticalWeak();

    [GeneratedRegex(@"\bmorale\b|\bdemorali[sz]\w*|\bshortages?\b|\bshort\s+of\b|\bcapabilit\w*|\bcapable\b|\bunable\b|\bintend\w*|\bintention\w*|\baim(?:s|ed)?\b|\bseek\w*|\bsetting\s+(?:informational\s+)?conditions\b|\bset\s+conditions\b|\breinforc\w*|\bdeploy\w*|\bprepar\w*|\bprioriti[sz]\w*|\bdeprioriti[sz]\w*|\bdefeat\w*|\bfailures?\b|\bfailed\b|\bcriticiz\w*|\bcriticism\b|\bblamed\b|\bcombat\s+power\b|\bforces?\b|\btroops\b|\bmilitary\b|\barmy\b|\bcommand\w*|\bgroup(?:ing)?\s+of\s+forces\b|\bbrigades?\b|\bregiments?\b|\bbattalions?\b|\bstronghold\b|\bnationalists?\b|\bmercenaries\b|\bthreat\w*|\benemy\b|\boccupiers?\b|\binvaders?\b|військ\w*|ворог\w*|окупант\w*|войск\w*|противник\w*|армі\w*", Options)]
    private static partial Regex AssessmentWeak();
}
