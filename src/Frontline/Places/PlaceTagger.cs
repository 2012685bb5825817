namespace Frontline.Places;

/// <summary>Finds place mentions in text and resolves each to a gazetteer entry, using the words around it and the other places in the document.</summary>
/// <remarks>Thread-safe; build one per <see cref="PlaceIndex"/> and reuse it.</remarks>
public sealed class PlaceTagger
{
    private readonly PlaceIndex _index;

    public PlaceTagger(PlaceIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
    }

    /// <summary>Every place mention in <paramref name="text"/>, in text order, each resolved or marked ambiguous with its candidates.</summary>
    /// <remarks>Never throws on odd input: empty text, control characters or mixed scripts give fewer or no mentions.</remarks>
    public IReadOnlyList<PlaceMention> Tag(string text, PlaceContext? context = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }
        using var t = new TokenizedText(text);
        var raw = new List<RawMention>();
        var i = 0;
        while (i < t.Count)
        {
            var used = TryAt(t, i, raw);
            i += used > 0 ? used : 1;
        }
        return PlaceResolver.Resolve(_index, t, raw, context);
    }

    private int TryAt(TokenizedText t, int i, List<RawMention> raw)
    {
        // Names start with a capital; only phrases such as "southern Ukraine" may start in lower case.
        var max = Math.Min(t.Upper[i] ? _index.MaxWords(t.Word(i)) : _index.MaxPhraseWords(t.Word(i)), t.Count - i);
        // Grow the run only while some name starts with it; most runs stop at one word.
        var reach = max > 0 ? 1 : 0;
        while (reach < max && !t.BreakBefore[i + reach] && _index.IsPrefix(t.Words(i, i + reach)))
        {
            reach++;
        }
        max = reach;
        for (var len = max; len >= 1; len--)
        {
            var j = i + len - 1;
            if (len > 1 && !t.Joined(i, j))
            {
                continue;
            }
            if (_index.Lookup(t.Words(i, j)) is { } postings && Interpret(t, i, j, postings, raw) is var used and > 0)
            {
                return used;
            }
        }
        return t.Upper[i] && t.IsCyrillic(i) ? TryCyrillic(t, i, raw) : 0;
    }

    /// <summary>Decides what the name at words i..j is from the words around it; adds a mention and returns how many words it used from i on.</summary>
    private int Interpret(TokenizedText t, int i, int j, Posting[] postings, List<RawMention> raw)
    {
        List<Posting>? settlements = null, oblastBase = null, oblastName = null, raionBase = null, rivers = null, minorRivers = null, phrases = null;
        foreach (var p in postings)
        {
            var kind = _index.Entries[p.Entry].Kind;
            switch (p.Form)
            {
                case NameForm.Suppress:
                    return j - i + 1;
                case NameForm.Primary or NameForm.Alternate when kind == PlaceKind.Settlement:
                    (settlements ??= []).Add(p);
                    break;
                case NameForm.OblastBase:
                    (oblastBase ??= []).Add(p);
                    break;
                case NameForm.OblastName:
                    (oblastName ??= []).Add(p);
                    break;
                case NameForm.RaionBase:
                    (raionBase ??= []).Add(p);
                    break;
                case NameForm.River:
                    (rivers ??= []).Add(p);
                    break;
                case NameForm.MinorRiver:
                    (minorRivers ??= []).Add(p);
                    break;
                case NameForm.Phrase:
                    (phrases ??= []).Add(p);
                    break;
            }
        }
        var upper = t.Upper[i];
        // "in the south", "in the east" at the end of a clause: a region; elsewhere ("to the south of X") a direction.
        if (phrases is null && postings.Any(p => p.Form == NameForm.LookupOnly) && i > 0 && t.Is(i - 1, "in") &&
            (j + 1 >= t.Count || t.BreakBefore[j + 1]) && j > i)
        {
            // "the port city of Kherson in the south": right after a place, the phrase only locates it.
            if (raw.Count > 0 && raw[^1].To == i - 2)
            {
                return j - i + 1;
            }
            phrases = postings.Where(p => p.Form == NameForm.LookupOnly).ToList();
        }
        if (phrases is not null && (upper || j > i))
        {
            var phrase = new RawMention(i, j, _index.Entries[phrases[0].Entry].Kind, phrases);
            raw.Add(phrase);
            // "the west bank of the Dnipro" is a mention of the river; the bank only says which side of it, as a qualifier does
            // (the gold claims list the river, not the bank).
            for (var m = i + 1; m <= j; m++)
            {
                if (_index.Lookup(t.Word(m)) is { } inner && inner.Where(p => p.Form == NameForm.River).ToList() is { Count: > 0 } river)
                {
                    raw.Add(new RawMention(m, m, PlaceKind.River, river));
                    phrase.IsQualifier = true;
                }
            }
            return j - i + 1;
        }
        if (!upper)
        {
            return 0;
        }
        var k = j + 1;
        var next = k < t.Count && !t.BreakBefore[k] ? t.Word(k) : [];
        if (oblastBase is not null)
        {
            if (MentionCues.IsOblastWord(next) || MentionCues.IsOblastPlural(next) || CoordinatedOblasts(t, k))
            {
                var end = MentionCues.IsOblastWord(next) || MentionCues.IsOblastPlural(next) ? k : j;
                raw.Add(new RawMention(i, end, PlaceKind.Oblast, oblastBase));
                return end - i + 1;
            }
            if (i >= 2 && t.Is(i - 1, "of") && MentionCues.IsOblastWord(t.Word(i - 2)) && t.Joined(i - 2, i))
            {
                raw.Add(new RawMention(i - 2, j, PlaceKind.Oblast, oblastBase));
                return j - i + 1;
            }
        }
        if (MentionCues.IsRaionWord(next) && (raionBase is not null || settlements is not null))
        {
            // "Saltivka district of Kharkiv" is a city district: only "raion" reads a settlement name as its raion.
            var raions = raionBase ?? (next.SequenceEqual("district") || next.SequenceEqual("districts") ? [] : RaionsOf(settlements!));
            if (raions.Count > 0)
            {
                raw.Add(new RawMention(i, k, PlaceKind.Raion, raions));
                return k - i + 1;
            }
        }
        if (MentionCues.IsDirectionWord(next) && (settlements ?? oblastBase) is { } named)
        {
            raw.Add(new RawMention(i, k, PlaceKind.Region, named) { IsDirection = true });
            return k - i + 1;
        }
        var riverNext = MentionCues.IsRiverWord(next);
        var riverBefore = i > 0 && !t.BreakBefore[i] && MentionCues.IsRiverWord(t.Word(i - 1));
        if ((rivers is not null || minorRivers is not null) && (riverNext || riverBefore))
        {
            var all = new List<Posting>();
            all.AddRange(rivers ?? []);
            all.AddRange(minorRivers ?? []);
            var end = riverNext ? k : j;
            raw.Add(new RawMention(i, end, PlaceKind.River, all));
            return end - i + 1;
        }
        var afterThe = i > 0 && !t.BreakBefore[i] && t.Is(i - 1, "the");
        if (rivers is not null && (afterThe || (settlements is null && oblastBase is null)))
        {
            raw.Add(new RawMention(i, j, PlaceKind.River, rivers));
            return j - i + 1;
        }
        if (oblastName is not null && !(t.Is(k, "city") && settlements is not null))
        {
            raw.Add(new RawMention(i, j, PlaceKind.Oblast, oblastName));
            return j - i + 1;
        }
        if (settlements is not null && i == j && InPersonName(t, i))
        {
            return 1;
        }
        if (settlements is not null)
        {
            var cityNext = t.Is(k, "city") && !t.BreakBefore[k];
            var cityBefore = i >= 2 && t.Is(i - 1, "of") && MentionCues.IsSettlementWord(t.Word(i - 2)) ||
                i >= 1 && !t.BreakBefore[i] && MentionCues.IsSettlementWord(t.Word(i - 1)) && t.IsCyrillic(i - 1);
            var end = cityNext ? k : j;
            int? other = oblastBase is not null && !cityNext && !cityBefore ? oblastBase[0].Entry : null;
            raw.Add(new RawMention(i, end, PlaceKind.Settlement, settlements) { OtherReadingOblast = other, AreaCue = other is not null && AreaCue(t, i, j, raw) });
            return end - i + 1;
        }
        if (oblastBase is { } oblasts)
        {
            raw.Add(new RawMention(i, j, PlaceKind.Oblast, oblasts));
            return j - i + 1;
        }
        return 0;
    }

    /// <summary>
    /// A one-word settlement name inside a run of capitalised words that are not places is part of a person's or body's name:
    /// "Defense Minister Oleksiy Reznikov", "Volodymyr Zelenskyy", "the Kyiv Independent". Latin script only; a place noun
    /// ("Kherson Oblast", "Kakhovka Hydroelectric Power Plant"), a demonym ("Russian Belgorod") or another place beside it keeps it a place.
    /// </summary>
    private bool InPersonName(TokenizedText t, int i)
    {
        if (t.IsCyrillic(i))
        {
            return false;
        }
        var before = i - 1;
        if (before >= 0 && !t.BreakBefore[i] && NameLike(t, before) && !SentenceStart(t, before))
        {
            return true;
        }
        var after = i + 1;
        return after < t.Count && !t.BreakBefore[after] && NameLike(t, after);
    }

    /// <summary>A capitalised Latin word that is neither a place, a place noun nor a demonym ("Russian", "Chechen", "Polish").</summary>
    private bool NameLike(TokenizedText t, int k)
    {
        if (!t.Upper[k] || t.IsCyrillic(k))
        {
            return false;
        }
        var w = t.Word(k);
        return w.Length > 1 && !char.IsDigit(w[0]) && !MentionCues.IsPlaceNoun(w) && !MentionCues.IsOblastWord(w) && !MentionCues.IsRaionWord(w) &&
            !MentionCues.IsRiverWord(w) && !MentionCues.IsDirectionWord(w) && !MentionCues.IsSettlementWord(w) && !MentionCues.IsCompassWord(w) &&
            !(w.EndsWith("an") || w.EndsWith("en") || w.EndsWith("ish") || w.EndsWith("ese")) && _index.Lookup(w) is null;
    }

    /// <summary>True when word k opens a sentence, a quotation or a bracket, where any word is capitalised.</summary>
    private static bool SentenceStart(TokenizedText t, int k)
    {
        if (k == 0)
        {
            return true;
        }
        var gap = t.Text.AsSpan(t.End[k - 1], t.Start[k] - t.End[k - 1]);
        return gap.IndexOfAny(".!?\n:;\"“”([—–") >= 0;
    }

    private static readonly string[] _compass =
    [
        "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern", "central", "north", "south",
        "east", "west", "northeast", "northwest", "southeast", "southwest", "entire", "occupied", "liberated", "left", "right",
    ];

    private static readonly string[] _areaNouns = ["offensive", "counteroffensive", "counter", "front", "sector", "operation", "operations", "campaign", "oblasts", "regions"];

    /// <summary>A bare oblast centre reads as the oblast after a compass word ("western Kherson"), before "offensive"/"front", or beside another oblast ("Luhansk … and Kherson").</summary>
    private bool AreaCue(TokenizedText t, int i, int j, List<RawMention> raw)
    {
        if (i > 0 && !t.BreakBefore[i] && _compass.Any(c => t.Word(i - 1).SequenceEqual(c)))
        {
            return true;
        }
        if (j + 1 < t.Count && !t.BreakBefore[j + 1] && _areaNouns.Any(c => t.Word(j + 1).SequenceEqual(c)))
        {
            return true;
        }
        // The previous mention reads as an oblast: named so, or a bare centre that reads as its oblast ("both Luhansk … and Kherson").
        if (raw.Count > 0 && raw[^1] is { IsDirection: false } prev && i - prev.To <= 6 &&
            (prev.Kind == PlaceKind.Oblast || prev.AreaCue || prev.OtherReadingOblast is { } o && _index.Entries[o].Oblast is "Luhansk" or "Donetsk"))
        {
            for (var m = prev.To + 1; m < i; m++)
            {
                if (t.Word(m).SequenceEqual("and") || t.Word(m).SequenceEqual("or"))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>"Kherson and Zaporizhzhia oblasts": an oblast base, then "and" or a comma, other bases, and a plural oblast word.</summary>
    private bool CoordinatedOblasts(TokenizedText t, int k)
    {
        for (var m = k; m < t.Count && m < k + 8; m++)
        {
            var w = t.Word(m);
            if (MentionCues.IsOblastPlural(w))
            {
                return m > k;
            }
            if (w.SequenceEqual("and") || w.SequenceEqual("і") || w.SequenceEqual("и") || w.SequenceEqual("та"))
            {
                continue;
            }
            if (_index.Lookup(w) is not { } p || !p.Any(x => x.Form == NameForm.OblastBase))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>"Kupyansk Raion" where the raion is not indexed under that spelling: the raions of the settlements so named.</summary>
    private List<Posting> RaionsOf(List<Posting> settlements)
    {
        var result = new List<Posting>();
        foreach (var s in settlements.OrderByDescending(p => PlaceScoring.Prior(_index.Entries[p.Entry])).Take(3))
        {
            var e = _index.Entries[s.Entry];
            if (e.Raion is { } r && _index.Lookup(NameFolding.Key(r)) is { } raions)
            {
                foreach (var p in raions)
                {
                    if (_index.Entries[p.Entry].Kind == PlaceKind.Raion && _index.Entries[p.Entry].Oblast == e.Oblast && !result.Contains(p))
                    {
                        result.Add(p);
                    }
                }
            }
        }
        return result;
    }

    /// <summary>Ukrainian and Russian case forms: adjective + "область"/"район", -щина forms, and nouns in an oblique case.</summary>
    private int TryCyrillic(TokenizedText t, int i, List<RawMention> raw)
    {
        for (var len = Math.Min(2, t.Count - i); len >= 1; len--)
        {
            var j = i + len - 1;
            if (len > 1 && !t.Joined(i, j))
            {
                continue;
            }
            var prefix = len == 2 ? t.Word(i).ToString() + " " : string.Empty;
            var k = j + 1;
            var next = k < t.Count && !t.BreakBefore[k] ? t.Word(k) : [];
            foreach (var stem in CyrillicForms.Stems(t.Word(j).ToString()))
            {
                if (_index.Lookup(prefix + stem) is not { } postings)
                {
                    continue;
                }
                var adjective = postings.Where(p => p.Form == NameForm.AdjectiveStem).ToList();
                if (adjective.Count > 0 && (MentionCues.IsOblastWord(next) || MentionCues.IsOblastPlural(next)))
                {
                    var oblasts = adjective.Where(p => _index.Entries[p.Entry].Kind == PlaceKind.Oblast).ToList();
                    if (oblasts.Count > 0)
                    {
                        raw.Add(new RawMention(i, k, PlaceKind.Oblast, oblasts));
                        return k - i + 1;
                    }
                }
                if (adjective.Count > 0 && MentionCues.IsRaionWord(next))
                {
                    var raions = adjective.Where(p => _index.Entries[p.Entry].Kind == PlaceKind.Raion).ToList();
                    if (raions.Count > 0)
                    {
                        raw.Add(new RawMention(i, k, PlaceKind.Raion, raions));
                        return k - i + 1;
                    }
                }
                var shchyna = postings.Where(p => p.Form == NameForm.ShchynaStem).ToList();
                if (shchyna.Count > 0)
                {
                    raw.Add(new RawMention(i, j, PlaceKind.Oblast, shchyna));
                    return j - i + 1;
                }
            }
        }
        // Plural oblasts listed before "областей": "Вінницької, Хмельницької, Тернопільської областей".
        if (PluralOblastAhead(t, i) is { } listed)
        {
            raw.Add(new RawMention(i, i, PlaceKind.Oblast, listed));
            return 1;
        }
        for (var len = Math.Min(2, t.Count - i); len >= 1; len--)
        {
            var j = i + len - 1;
            if (len > 1 && !t.Joined(i, j))
            {
                continue;
            }
            foreach (var guess in CyrillicForms.Nominatives(t.Words(i, j).ToString()))
            {
                if (_index.Lookup(guess) is { } postings && Interpret(t, i, j, postings, raw) is var used and > 0)
                {
                    return used;
                }
            }
        }
        return 0;
    }

    private List<Posting>? PluralOblastAhead(TokenizedText t, int i)
    {
        List<Posting>? found = null;
        foreach (var stem in CyrillicForms.Stems(t.Word(i).ToString()))
        {
            if (_index.Lookup(stem) is { } p)
            {
                found = p.Where(x => x.Form == NameForm.AdjectiveStem && _index.Entries[x.Entry].Kind == PlaceKind.Oblast).ToList();
                if (found.Count > 0)
                {
                    break;
                }
            }
        }
        if (found is not { Count: > 0 })
        {
            return null;
        }
        for (var m = i + 1; m < t.Count && m < i + 8; m++)
        {
            if (MentionCues.IsOblastPlural(t.Word(m)))
            {
                return found;
            }
            if (!t.IsCyrillic(m))
            {
                return null;
            }
        }
        return null;
    }
}
