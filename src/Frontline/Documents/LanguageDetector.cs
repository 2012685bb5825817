namespace Frontline.Documents;

/// <summary>Tells English, Ukrainian and Russian apart by script and by the letters only one of the two Cyrillic alphabets has.</summary>
public static class LanguageDetector
{
    /// <summary><c>en</c>, <c>uk</c>, <c>ru</c>, or <c>und</c> when the text has too few letters to say.</summary>
    public static string Detect(string text)
    {
        int latin = 0, cyrillic = 0, uk = 0, ru = 0;
        var limit = Math.Min(text.Length, 20_000);
        for (var i = 0; i < limit; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (c is >= 'a' and <= 'z')
            {
                latin++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                switch (c)
                {
                    case 'і' or 'ї' or 'є' or 'ґ':
                        uk++;
                        break;
                    case 'ы' or 'э' or 'ё' or 'ъ':
                        ru++;
                        break;
                }
            }
        }
        if (latin + cyrillic < 3)
        {
            return "und";
        }
        if (cyrillic <= latin)
        {
            return "en";
        }
        // Ukrainian uses "и" less and "і" often; a Russian text with a quoted Ukrainian name still has many ы/э.
        return uk > ru ? "uk" : ru > 0 ? "ru" : "uk";
    }
}
