namespace Frontline.Text;

/// <summary>Ukraine's oblast-level units with their English spellings and Ukrainian/Russian adjective stems.</summary>
/// <remarks>The stems match the adjective forms of "Харківська область", "Харьковской области" in every case.</remarks>
internal static class OblastNames
{
    /// <summary>(canonical English name, English spellings, Cyrillic adjective stems).</summary>
    public static IReadOnlyList<(string Name, string[] English, string[] Stems)> All { get; } =
    [
        ("Cherkasy", ["Cherkasy", "Cherkassy"], ["Черкас"]),
        ("Chernihiv", ["Chernihiv", "Chernigov"], ["Чернігів", "Черниговс"]),
        ("Chernivtsi", ["Chernivtsi", "Chernovtsy"], ["Чернівець", "Черновиц"]),
        ("Crimea", ["Crimea", "Crimean"], ["Кримс", "Крым"]),
        ("Dnipropetrovsk", ["Dnipropetrovsk", "Dnepropetrovsk", "Dnipro"], ["Дніпропетровс", "Днепропетровс"]),
        ("Donetsk", ["Donetsk"], ["Донец"]),
        ("Ivano-Frankivsk", ["Ivano-Frankivsk"], ["Івано-Франків", "Ивано-Франковс"]),
        ("Kharkiv", ["Kharkiv", "Kharkov"], ["Харків", "Харьковс"]),
        ("Kherson", ["Kherson"], ["Херсонс"]),
        ("Khmelnytskyi", ["Khmelnytskyi", "Khmelnytskyy", "Khmelnitsky"], ["Хмельниц"]),
        ("Kirovohrad", ["Kirovohrad", "Kirovograd", "Kropyvnytskyi"], ["Кіровоградс", "Кировоградс"]),
        ("Kyiv", ["Kyiv", "Kiev"], ["Київс", "Киевс"]),
        ("Luhansk", ["Luhansk", "Lugansk"], ["Луганс"]),
        ("Lviv", ["Lviv", "Lvov"], ["Львівс", "Львовс"]),
        ("Mykolaiv", ["Mykolaiv", "Nikolaev", "Mykolayiv"], ["Миколаїв", "Николаевс"]),
        ("Odesa", ["Odesa", "Odessa"], ["Одес"]),
        ("Poltava", ["Poltava"], ["Полтавс"]),
        ("Rivne", ["Rivne", "Rovno"], ["Рівненс", "Ровенс"]),
        ("Sumy", ["Sumy"], ["Сумс"]),
        ("Ternopil", ["Ternopil"], ["Тернопільс", "Тернопольс"]),
        ("Vinnytsia", ["Vinnytsia", "Vinnytsya", "Vinnitsa"], ["Вінниц", "Винниц"]),
        ("Volyn", ["Volyn"], ["Волинс", "Волынс"]),
        ("Zakarpattia", ["Zakarpattia", "Transcarpathia"], ["Закарпатс"]),
        ("Zaporizhzhia", ["Zaporizhzhia", "Zaporizhia", "Zaporozhye", "Zaporizhzhya"], ["Запорізь", "Запорожс"]),
        ("Zhytomyr", ["Zhytomyr", "Zhitomir"], ["Житомирс"]),
    ];

    /// <summary>Russian regions that reports name as sources of strikes; oblast is null for them (outside Ukraine).</summary>
    public static IReadOnlyList<string> RussianEnglish { get; } = ["Belgorod", "Kursk", "Bryansk", "Rostov", "Voronezh", "Saratov", "Krasnodar"];

    /// <summary>Gazetteer oblast field ("Kharkiv Oblast", "Autonomous Republic of Crimea") to SCHEMA's form ("Kharkiv", "Crimea").</summary>
    public static string? FromGazetteer(string oblast) => oblast switch
    {
        "" => null,
        "Autonomous Republic of Crimea" => "Crimea",
        _ when oblast.EndsWith(" Oblast", StringComparison.Ordinal) => oblast[..^" Oblast".Length],
        _ => oblast,
    };

    public static string? ByEnglish(string word)
    {
        foreach (var (name, english, _) in All)
        {
            if (Array.Exists(english, e => e.Equals(word, StringComparison.OrdinalIgnoreCase)))
            {
                return name;
            }
        }
        return null;
    }

    public static string? ByStem(string word)
    {
        foreach (var (name, _, stems) in All)
        {
            if (Array.Exists(stems, s => word.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            {
                return name;
            }
        }
        return null;
    }
}
