using System.Text.RegularExpressions;

namespace Frontline.Text;

/// <summary>Places that are not settlements: oblast phrases, wider regions, directions, rivers and well-known facilities.</summary>
internal static partial class PlaceLexicon
{
    /// <summary>"Kharkiv Oblast", "the Kharkiv region", "Kherson and Zaporizhia oblasts", "the region of Kherson".</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?<a>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:\s+and\s+(?<b>[A-Z][a-z]+(?:-[A-Z][a-z]+)?))?\s+(?<w>Oblasts?|oblasts?|[Rr]egions?)\b|\bregion\s+of\s+(?<a>[A-Z][a-z]+)\b")]
    public static partial Regex EnglishOblast();

    /// <summary>"Харківська область", "Саратовської області", "Вінницької, Хмельницької, Тернопільської областей".</summary>
    [GeneratedRegex(@"\b(?<a>[А-ЯІЇЄҐ][а-яіїєґ'’-]+?)(?<e>ська|ської|ській|ську|цька|цької|цькій|ская|ской|скую|цкая|цкой)(?=[\s,]+(?:[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ської|цької|ской|цкой)[\s,]+(?:та\s+|і\s+|и\s+)?)*(?:област[іиья]|областей|обл\.))")]
    public static partial Regex CyrillicOblast();

    /// <summary>"Харківщина", "на Донеччині".</summary>
    [GeneratedRegex(@"\b(?<a>Харків|Херсон|Запоріж|Донечч|Луганщ|Київщ|Сумщ|Чернігівщ|Миколаївщ|Одещ|Дніпропетровщ|Полтавщ)[а-яіїєґ]*\b|\b(?<a>Kharkiv|Kherson|Luhansk|Kyiv|Sumy|Chernihiv|Mykolaiv|Poltava)shchyna\b")]
    public static partial Regex Shchyna();

    /// <summary>Wider regions, fronts and directions.</summary>
    [GeneratedRegex(@"\b(?:(?:southern|eastern|northern|western|northeastern|southeastern|northwestern|southwestern|central)\s+Ukraine|the\s+(?:south|east|north|west|northeast|southeast)(?:\s+of\s+our\s+country)?(?![a-z])|the\s+(?:southern|eastern|northern)\s+front|southern\s+front|eastern\s+front|Donbass?|Pryazovia|the\s+Black\s+Sea|Black\s+Sea|the\s+Sea\s+of\s+Azov|Sea\s+of\s+Azov|(?<dir>[A-Z][a-z]+)\s+(?:direction|axis)|Донбас[а-я]*|Чорн(?:е|ого|ому)\s+мор[ея]|Черн(?:ое|ого|ом)\s+мор[еяю]|Азовськ(?:е|ого)\s+мор[ея]|Приазов'я|Приазов’я)(?![A-Za-z])")]
    public static partial Regex Region();

    /// <summary>Rivers named as such.</summary>
    [GeneratedRegex(@"\b(?:the\s+)?(?:(?<r>Dnipro|Dnieper|Dnepr|Siverskyi\s+Donets|Seversky\s+Donets|Oskil|Oskol|Inhulets|Ingulets|Southern\s+Buh|Desna|Prypiat|Pripyat|Irpin|Kalmius|Zherebets|Dniester|Dnister)(?:\s+[Rr]ivers?)?(?=\W)|[Rr]iver\s+(?<r>[A-Z][a-z]+))|\b(?:Дніпр[оау]|Дніпрі|Днепр[ау]?)\b(?=\s*(?:річ|рек))")]
    public static partial Regex River();

    /// <summary>Plants, dams, bridges, steelworks and bases that reports name.</summary>
    public static IReadOnlyList<(Regex Pattern, string Name, string? Oblast)> Facilities { get; } =
    [
        (new(@"\b(?:the\s+)?Zaporizh(?:zh)?ia\s+Nuclear\s+Power\s+Plant\b|\bZNPP\b|\bZaporizhzhia\s+NPP\b|Запорізьк\w+\s+АЕС", RegexOptions.Compiled), "Zaporizhzhia Nuclear Power Plant", "Zaporizhzhia"),
        (new(@"\bAzovstal\b|Азовстал\w*", RegexOptions.Compiled), "Azovstal", "Donetsk"),
        (new(@"\bAntonivs?k(?:iy|yi|y)\s+[Bb]ridge\b|Антонівськ\w+\s+міст\w*", RegexOptions.Compiled), "Antonivskiy Bridge", "Kherson"),
        (new(@"\bKakhovka\s+(?:[Dd]am|HPP|[Hh]ydroelectric\s+[Pp]ower\s+[Pp]lant)\b|Каховськ\w+\s+(?:ГЕС|дамб\w+)", RegexOptions.Compiled), "Kakhovka Dam", "Kherson"),
        (new(@"\b(?:Kerch(?:\s+Strait)?|Crimean)\s+[Bb]ridge\b|[Bb]ridge\s+linking\s+Russia\s+to\s+Crimea|Кримськ\w+\s+міст\w*|Крымск\w+\s+мост\w*", RegexOptions.Compiled), "Kerch Strait bridge", "Crimea"),
        (new(@"\bChornobyl\s+(?:Nuclear\s+Power\s+Plant|NPP)\b|\bChernobyl\b", RegexOptions.Compiled), "Chornobyl Nuclear Power Plant", "Kyiv"),
        (new(@"\bSaky\s+air\s*base\b|\bSaky\s+airfield\b", RegexOptions.Compiled), "Saky air base", "Crimea"),
    ];

    /// <summary>Capitalised words that are never place names in running English text.</summary>
    public static IReadOnlySet<string> NotPlaces { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "Of", "And", "But", "Or", "If", "As", "By", "To", "For", "From", "With", "This", "That",
        "These", "Those", "It", "He", "She", "We", "They", "Our", "His", "Her", "Their", "Its", "I", "You", "There", "Here", "When",
        "While", "After", "Before", "During", "Since", "Although", "However", "According", "Russian", "Russians", "Russia",
        "Ukrainian", "Ukrainians", "President", "General", "Staff", "Minister", "Ministry", "Defense", "Defence", "Armed", "Forces",
        "Army", "Head", "Governor", "Mayor", "Commander", "Chief", "Colonel", "Lieutenant", "Major", "Captain", "Western", "Southern",
        "Northern", "Eastern", "Central", "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Key",
        "Takeaways", "Oblast", "Region", "City", "River", "Kremlin", "Telegram", "Twitter", "Facebook", "North", "South", "East",
        "West", "Victory", "Glory", "Peace", "Hero", "Heroes", "Mir", "Sobornost", "Druzhba", "Nova", "Novyi", "Stara", "Velyka",
        "Mala", "Zelenyi", "Putin", "Vladimir", "Volodymyr", "Zelensky", "Zelenskyy", "Russian", "Azov", "Battalion", "Pershe", "Travnia", "Pivdenne", "Pivnichne", "Shevchenko", "Lenina",
        "Trudove", "Komunar", "Radianske", "Zaria", "Zoria", "Zirka", "Maiak", "Dnipro", "Bridge", "Plant", "Strait",
    };
}
