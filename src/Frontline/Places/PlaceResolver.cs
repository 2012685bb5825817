using System.Text.RegularExpressions;
using Frontline.Geometry;

namespace Frontline.Places;

/// <summary>Turns recognised spans into resolved mentions: scores each candidate by prior and context (an oblast named beside it or in the sentence or document, other places nearby, the caller's hints) and says when the choice is not clear.</summary>
internal static partial class PlaceResolver
{
    /// <summary>Below this share of the evidence the mention is reported as ambiguous.</summary>
    public const double AmbiguityThreshold = 0.7;

    private static readonly string[] _locatives =
    [
        "in", "into", "across", "throughout", "inside", "within", "over", "near", "around", "outside", "at", "toward", "towards",
        "from", "entered", "reached", "visited", "visit", "visiting", "across", "у", "в", "на", "до", "з", "із", "по", "під", "біля", "поблизу", "во", "из", "под", "около",
    ];

    /// <summary>"to" and "for" name a place only after movement or a fight over it ("deported to Russia", "the battle for Kyiv");
    /// elsewhere they take the state ("loyal to Moscow", "a response to Russia’s claims", "support for Ukraine", "leaving Crimea for Russia").</summary>
    private static readonly string[] _toOrForAfter =
    [
        "battle", "fight", "fighting", "struggle", "war", "deported", "returned", "return", "moved", "went", "travelled", "traveled", "fled",
        "evacuated", "came", "sent", "transferred", "relocated", "taken", "brought", "back", "trip", "visit", "journey", "way", "road", "route",
    ];

    private const double QualifierMatch = 8, QualifierMismatch = -4, SameSentenceOblast = 3, DocumentOblast = 1.2, HintOblast = 3;
    private const double PrimaryName = 2, AlternateOnly = -8, NearSentence = 4, NearDocument = 2, NearHint = 3, NearFront = 4;
    private const double MaxProximity = NearSentence + NearDocument;

    public static IReadOnlyList<PlaceMention> Resolve(PlaceIndex index, TokenizedText t, List<RawMention> raw, PlaceContext? context)
    {
        if (raw.Count == 0)
        {
            return [];
        }
        var sentence = Sentences(t);
        MarkQualifiers(index, t, raw, sentence);
        var docOblasts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentOblasts = new Dictionary<int, HashSet<string>>();
        foreach (var r in raw.Where(r => r.Kind == PlaceKind.Oblast && !r.IsDirection))
        {
            foreach (var o in r.Candidates.Select(c => index.Entries[c.Entry].Oblast).OfType<string>().Distinct())
            {
                docOblasts[o] = docOblasts.GetValueOrDefault(o) + 1;
                (sentOblasts.TryGetValue(sentence[r.From], out var set) ? set : sentOblasts[sentence[r.From]] = []).Add(o);
            }
        }
        // Pass 1: prior and oblast context; the confident settlements become anchors for pass 2.
        var scored = raw.Select(r => Score(index, r, t, sentence, sentOblasts, docOblasts, context, null)).ToList();
        var anchors = new List<(int Sentence, PlaceEntry Entry, int Raw)>();
        for (var n = 0; n < raw.Count; n++)
        {
            var best = scored[n];
            if (best.Count > 0 && best[0].Entry.HasPoint && best[0].Entry.Kind is PlaceKind.Settlement or PlaceKind.Facility &&
                best[0].Entry.Oblast is not null && Confidence(best) >= 0.9)
            {
                anchors.Add((sentence[raw[n].From], best[0].Entry, n));
                docOblasts[best[0].Entry.Oblast!] = docOblasts.GetValueOrDefault(best[0].Entry.Oblast!) + 1;
            }
        }
        // Each confident place once, for the document-wide pull; the per-sentence list keeps repeats for the local one.
        // The document-wide pull uses the places the document names most (at most 30), so long reports stay linear.
        var distinct = anchors.GroupBy(a => a.Entry.Id, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Take(30).Select(g => g.First()).ToList();
        var result = new List<PlaceMention>(raw.Count);
        for (var n = 0; n < raw.Count; n++)
        {
            var r = raw[n];
            // Only mentions still in doubt are rescored with their neighbours; distinct anchor places keep it linear in practice.
            // Neighbours add at most NearSentence + NearDocument: a lead larger than that cannot change, nor can a candidate that far behind win.
            var first = scored[n];
            var candidates = first.Count > 1 && first[0].Score - first[1].Score <= MaxProximity && anchors.Count > 0
                ? Score(index, r, t, sentence, sentOblasts, docOblasts, context, new Neighbours(anchors, distinct, n), first[0].Score - MaxProximity)
                : first;
            if (candidates.Count == 0)
            {
                continue;
            }
            var mention = ToMention(index, t, r, candidates, sentence, raw, scored);
            // "in Kyiv and Moscow": a state's name listed after a place shares its locative, so it is a place too.
            if (mention.Role == MentionRole.Actor && result.Count > 0 && result[^1] is { Role: MentionRole.Place } previous &&
                IsMetonym(previous.Entry, previous.Text) && previous.End <= mention.Start &&
                ListGap().IsMatch(t.Text.AsSpan(previous.End, mention.Start - previous.End)))
            {
                mention = mention with { Role = MentionRole.Place };
            }
            result.Add(mention);
        }
        return result;
    }

    private static PlaceMention ToMention(PlaceIndex index, TokenizedText t, RawMention r, List<PlaceCandidate> candidates,
        int[] sentence, List<RawMention> raw, List<List<PlaceCandidate>> scored)
    {
        var confidence = Confidence(candidates);
        var entry = candidates[0].Entry;
        var kind = r.Kind;
        if (r.IsDirection)
        {
            entry = new PlaceEntry("direction:" + entry.Id, PlaceKind.Region, entry.Name + " direction", entry.NameUk, entry.NameRu,
                entry.Oblast, entry.Raion, entry.Lon, entry.Lat, entry.GeonameId, entry.Katottg, 0, string.Empty);
        }
        else if (entry.Kind != kind)
        {
            kind = entry.Kind; // a bare oblast centre read as the oblast ("Luhansk", "Donetsk")
        }
        var oblast = entry.Oblast;
        if (kind == PlaceKind.River && oblast is null)
        {
            oblast = SentenceOblast(raw, scored, sentence, r);
        }
        var start = t.Start[r.From];
        var end = t.End[r.To];
        var ambiguous = candidates.Count > 1 && confidence < AmbiguityThreshold;
        var surface = t.Text[start..end];
        var metonym = IsMetonym(entry, surface);
        var role = r.IsQualifier || IsDistanceReference(t, r.From) ? MentionRole.Qualifier
            : metonym && (IsPossessive(t.Text, end) || !AfterLocative(t, r.From)) ? MentionRole.Actor
            : MentionRole.Place;
        return new PlaceMention(start, end, surface, kind, oblast, entry, kind.PrecisionOf(), Math.Round(confidence, 3),
            candidates.Count <= 20 ? candidates : candidates.GetRange(0, 20), ambiguous, role);
    }

    /// <summary>Countries and capitals often stand for their governments in English reporting; Ukrainian and Russian texts are left as places.</summary>
    private static bool IsMetonym(PlaceEntry e, string surface) =>
        surface.Length > 0 && surface[0] < '\u0400' &&
        (e.Kind == PlaceKind.Country || e.FeatureCode == "PPLC" || e.Id is "settlement:moscow" or "settlement:minsk");

    /// <summary>"Russia’s claims", "Ukraine's partners": a possessive state is the actor even after a locative ("a response to Russia’s claims").</summary>
    private static bool IsPossessive(string text, int end) =>
        end + 1 < text.Length && NameFolding.IsApostrophe(text[end]) && text[end + 1] is 's' or 'S' &&
        (end + 2 >= text.Length || !char.IsLetterOrDigit(text[end + 2]));

    /// <summary>"20 km southwest of Svatove", "5km from the border", "10 miles north of X": a reference point that only locates another place (SCHEMA keeps the distance, not the point).</summary>
    private static bool IsDistanceReference(TokenizedText t, int from)
    {
        var k = from - 1;
        if (k >= 0 && t.Is(k, "the"))
        {
            k--;
        }
        if (k < 1 || !(t.Is(k, "of") || t.Is(k, "from")))
        {
            return false;
        }
        k--;
        while (k >= 0 && MentionCues.IsCompassWord(t.Word(k)))
        {
            k--;
        }
        if (k < 0)
        {
            return false;
        }
        var w = t.Word(k);
        return MentionCues.IsDistanceUnit(w) && k >= 1 && char.IsDigit(t.Word(k - 1)[^1]) ||
            w.Length > 2 && char.IsDigit(w[0]) && MentionCues.IsDistanceUnit(w.TrimStart("0123456789"));
    }

    private static bool AfterLocative(TokenizedText t, int from)
    {
        if (from == 0 || t.BreakBefore[from])
        {
            return false;
        }
        var w = t.Word(from - 1);
        foreach (var p in _locatives)
        {
            if (w.SequenceEqual(p))
            {
                return true;
            }
        }
        if ((w.SequenceEqual("to") || w.SequenceEqual("for")) && from >= 2 && !t.BreakBefore[from - 1])
        {
            var before = t.Word(from - 2);
            foreach (var p in _toOrForAfter)
            {
                if (before.SequenceEqual(p))
                {
                    return true;
                }
            }
        }
        return from >= 2 && w.SequenceEqual("of") && MentionCues.IsSettlementWord(t.Word(from - 2));
    }

    /// <summary>A river has no oblast of its own: take the one of the nearest place named in the same sentence (the stretch the text is about), else none (SCHEMA: the oblast "when known"; looking two sentences back picked the wrong oblast more often than the right one).</summary>
    private static string? SentenceOblast(List<RawMention> raw, List<List<PlaceCandidate>> scored, int[] sentence, RawMention river)
    {
        string? best = null;
        var bestGap = int.MaxValue;
        for (var n = 0; n < raw.Count; n++)
        {
            var other = raw[n];
            var back = sentence[river.From] - sentence[other.From];
            if (other == river || other.Kind == PlaceKind.River || back != 0 || scored[n].Count == 0 ||
                scored[n][0].Entry.Oblast is not { } o || other.IsDirection)
            {
                continue;
            }
            var gap = Math.Abs(other.From - river.From) + (back * 10_000);
            if (gap < bestGap)
            {
                bestGap = gap;
                best = o;
            }
        }
        return best;
    }

    private static List<PlaceCandidate> Score(PlaceIndex index, RawMention r, TokenizedText t, int[] sentence,
        Dictionary<int, HashSet<string>> sentOblasts, Dictionary<string, int> docOblasts, PlaceContext? context,
        Neighbours? anchors, double floor = double.MinValue)
    {
        var list = new List<PlaceCandidate>(r.Candidates.Count + 1);
        var s = sentence[r.From];
        var inSentence = sentOblasts.GetValueOrDefault(s);
        string? qualifier = r.QualifierOblast is { } q ? index.Entries[q].Oblast : null;
        // A spelling that is one place's own name and only a variant for others names the first: Slovyansk is not Nikopol.
        var anyPrimary = r.Candidates.Any(c => c.Form == NameForm.Primary);
        foreach (var p in r.Candidates)
        {
            var e = index.Entries[p.Entry];
            var score = index.Priors[p.Entry] + (p.Form == NameForm.Primary ? PrimaryName : anyPrimary && p.Form == NameForm.Alternate ? AlternateOnly : 0);
            if (e.Kind is PlaceKind.Settlement or PlaceKind.Raion or PlaceKind.River && e.Oblast is { } o)
            {
                if (qualifier is not null)
                {
                    score += o == qualifier ? QualifierMatch : QualifierMismatch;
                }
                if (inSentence?.Contains(o) == true)
                {
                    score += SameSentenceOblast;
                }
                score += DocumentOblast * Math.Min(3, docOblasts.GetValueOrDefault(o));
                if (context?.Oblasts?.Contains(o, StringComparer.OrdinalIgnoreCase) == true)
                {
                    score += HintOblast;
                }
            }
            if (e.HasPoint && e.Kind is PlaceKind.Settlement or PlaceKind.River)
            {
                score += Proximity(e, s, score >= floor ? anchors : null, context);
            }
            list.Add(new PlaceCandidate(e, Math.Round(score, 3)));
        }
        if (r.OtherReadingOblast is { } ob)
        {
            var oblast = index.Entries[ob];
            // "Luhansk" and "Donetsk" alone mostly mean the oblast in war reporting (the cities are "Luhansk City", "Donetsk City");
            // other centres mean the city unless a compass word or "offensive" says area ("western Kherson", "the Kharkiv counteroffensive").
            var top = list.Count == 0 ? 0 : list.Max(c => c.Score);
            var preferOblast = oblast.Oblast is "Luhansk" or "Donetsk" || r.AreaCue;
            list.Add(new PlaceCandidate(oblast, Math.Round(preferOblast ? top + 1.5 : top - 2.5, 3)));
        }
        list.Sort((a, b) => b.Score.CompareTo(a.Score) is var c and not 0 ? c : string.CompareOrdinal(a.Entry.Id, b.Entry.Id));
        return list;
    }

    private static double Proximity(PlaceEntry e, int sentence, Neighbours? anchors, PlaceContext? context)
    {
        var score = 0.0;
        if (anchors is { } a)
        {
            // Anchors are in text order, so the ones within two sentences are one contiguous run.
            var lo = 0;
            var hi = a.All.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (a.All[mid].Sentence < sentence - 2)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            double nearest = double.MaxValue, farthest = double.MaxValue;
            var cosLat = Math.Cos(e.Lat * (Math.PI / 180));
            for (var k = lo; k < a.All.Count && a.All[k].Sentence <= sentence + 2; k++)
            {
                var x = a.All[k];
                if (x.Raw != a.Self && !ReferenceEquals(x.Entry, e))
                {
                    nearest = Math.Min(nearest, ApproxKm(e.Lon, e.Lat, x.Entry.Lon, x.Entry.Lat, cosLat));
                }
            }
            foreach (var x in a.Distinct)
            {
                if (!ReferenceEquals(x.Entry, e))
                {
                    farthest = Math.Min(farthest, ApproxKm(e.Lon, e.Lat, x.Entry.Lon, x.Entry.Lat, cosLat));
                }
            }
            var near = nearest == double.MaxValue ? 0 : Math.Exp(-nearest / 40);
            var far = farthest == double.MaxValue ? 0 : Math.Exp(-farthest / 80);
            score += (NearSentence * near) + (NearDocument * far);
        }
        if (context?.NearLon is { } lon && context.NearLat is { } lat)
        {
            score += NearHint * Math.Exp(-ApproxKm(e.Lon, e.Lat, lon, lat) / 50);
        }
        if (context is { FrontLine: { } front, Date: { } date } && front.DistanceKm(e.Lon, e.Lat, date) is { } km)
        {
            score += NearFront * Math.Exp(-km / 20);
        }
        return score;
    }

    /// <summary>The confident places of the document a doubtful mention is compared with: all of them (for the same and nearby sentences) and each place once (for the whole document).</summary>
    private sealed record Neighbours(List<(int Sentence, PlaceEntry Entry, int Raw)> All, List<(int Sentence, PlaceEntry Entry, int Raw)> Distinct, int Self);

    /// <summary>Equirectangular distance in km: within a fraction of a percent at the tens of km that matter for scoring, and far cheaper than the geodesic.</summary>
    private static double ApproxKm(double lon1, double lat1, double lon2, double lat2, double cosLat = double.NaN)
    {
        var dx = (lon2 - lon1) * (double.IsNaN(cosLat) ? Math.Cos((lat1 + lat2) * (Math.PI / 360)) : cosLat) * 111.32;
        var dy = (lat2 - lat1) * 110.57;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>The share of exp(score) the best candidate holds.</summary>
    private static double Confidence(List<PlaceCandidate> candidates)
    {
        if (candidates.Count <= 1)
        {
            return candidates.Count;
        }
        var top = candidates[0].Score;
        var sum = candidates.Sum(c => Math.Exp(c.Score - top));
        return 1 / sum;
    }

    /// <summary>"Lyman, Donetsk Oblast", "Hrekivka and Makiivka in western Luhansk Oblast": an oblast right after settlements only locates them.</summary>
    private static void MarkQualifiers(PlaceIndex index, TokenizedText t, List<RawMention> raw, int[] sentence)
    {
        for (var n = 1; n < raw.Count; n++)
        {
            var m = raw[n];
            if (m.Kind is not (PlaceKind.Oblast or PlaceKind.Raion) || m.Candidates.Count == 0)
            {
                continue;
            }
            var p = raw[n - 1];
            if (p.Kind != PlaceKind.Settlement || p.IsDirection || sentence[p.From] != sentence[m.From])
            {
                continue;
            }
            var gap = t.Text.AsSpan(t.End[p.To], Math.Max(0, t.Start[m.From] - t.End[p.To]));
            if (!QualifierGap().IsMatch(gap))
            {
                continue;
            }
            m.IsQualifier = true;
            var oblastEntry = m.Kind == PlaceKind.Oblast ? m.Candidates[0].Entry : index.OblastIndex(index.Entries[m.Candidates[0].Entry].Oblast);
            if (oblastEntry < 0)
            {
                continue;
            }
            // The qualifier locates the settlement before it and the ones listed with it ("A, B and C in Luhansk Oblast").
            for (var b = n - 1; b >= 0; b--)
            {
                var s = raw[b];
                if (s.Kind != PlaceKind.Settlement || sentence[s.From] != sentence[m.From] || s.QualifierOblast is not null)
                {
                    break;
                }
                s.QualifierOblast = oblastEntry;
                if (b > 0)
                {
                    var between = t.Text.AsSpan(t.End[raw[b - 1].To], Math.Max(0, t.Start[s.From] - t.End[raw[b - 1].To]));
                    if (!ListGap().IsMatch(between))
                    {
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Sentence number of each word: a sentence ends at . ! ? or a line break.</summary>
    private static int[] Sentences(TokenizedText t)
    {
        var s = new int[t.Count];
        var current = 0;
        for (var k = 0; k < t.Count; k++)
        {
            if (k > 0 && t.BreakBefore[k])
            {
                var gap = t.Text.AsSpan(t.End[k - 1], t.Start[k] - t.End[k - 1]);
                if (gap.IndexOfAny(".!?\n;") >= 0)
                {
                    current++;
                }
            }
            s[k] = current;
        }
        return s;
    }

    [GeneratedRegex(@"^[\s,(]*(?:(?:area|areas|direction|directions|axis|axes|sector)\s+)?(?:(?:in|of|у|в|,)\s+)?(?:the\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|central|north-east|north-west|south-east|south-west)(?:ern)?\s+)?(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QualifierGap();

    [GeneratedRegex(@"^\s*(?:,|,?\s*and|,?\s*і|,?\s*та|,?\s*и|,?\s*or)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListGap();
}
