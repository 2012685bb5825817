using Frontline.Places;

namespace Frontline.Text;

/// <summary>Place linking through the places stage: <see cref="PlaceTagger"/> tags the document, <see cref="ClaimPlaces"/> picks a claim's places.</summary>
/// <remarks>
/// A claim's places are those named in its quote, else in its sentence, else the place it points back to ("the city"),
/// else those of the previous sentences (see <see cref="ClaimPlaces.For"/>). Mentions that stand for a government
/// ("Kyiv said") or only locate another place ("Lyman, Donetsk Oblast") are not places of the claim.
/// </remarks>
public sealed class IndexedPlaceLinker(PlaceIndex index) : IPlaceLinker
{
    private readonly PlaceTagger _tagger = new(index);

    public static IndexedPlaceLinker Load(GeoDataPaths paths) => new(PlaceIndex.Load(paths));

    public IDocumentPlaces Tag(string text) => new Tagged(text, _tagger.Tag(text));

    public string Key(string name, string kind, string? oblast, string? entryId)
    {
        if (entryId is null && PlaceKinds.Parse(kind) is { } k)
        {
            entryId = index.Find(name, k).FirstOrDefault(e => oblast is null || e.Oblast is null || e.Oblast == oblast)?.Id;
        }
        return entryId is null ? $"{kind}|{oblast ?? "-"}|name:{NameFolding.Key(name)}" : $"{kind}|{oblast ?? "-"}|{entryId}";
    }

    private sealed class Tagged(string text, IReadOnlyList<Places.PlaceMention> mentions) : IDocumentPlaces
    {
        // In text order. A claim only looks back, so it is given the mentions up to the end of its sentence: passing the
        // whole document made each claim copy every later mention too (a third of place-linking time on the ISW reports).
        private readonly Places.PlaceMention[] _mentions = mentions.OrderBy(m => m.Start).ToArray();

        public IReadOnlyList<PlaceMention> For(int start, int end)
        {
            var (_, to) = ClaimPlaces.SentenceAround(text, start, end);
            var upTo = UpperBound(to);
            IReadOnlyList<Places.PlaceMention> window = upTo == _mentions.Length ? _mentions : new ArraySegment<Places.PlaceMention>(_mentions, 0, upTo);
            return ClaimPlaces.For(text, window, start, end)
                .Select(m => new PlaceMention(
                    Name(m), m.SchemaKind, m.Oblast, new TextSpan(m.Start, m.End), m.Entry.Id, m.Entry.GeonameId,
                    m.Entry.HasPoint ? m.Entry.Lon : null, m.Entry.HasPoint ? m.Entry.Lat : null))
                .ToList();
        }

        public bool Names(int start, int end)
        {
            var i = UpperBound(start);
            return i < _mentions.Length && _mentions[i].Start < end && _mentions[i].End <= end && _mentions[i].Role == MentionRole.Place;
        }

        // The number of mentions that start before position: mentions past the claim's sentence cannot be its places.
        private int UpperBound(int position)
        {
            var (lo, hi) = (0, _mentions.Length);
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_mentions[mid].Start < position)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            return lo;
        }

        // As written for Latin script; the dictionary form (nominative) for Ukrainian and Russian, as SCHEMA asks.
        private static string Name(Places.PlaceMention m) =>
            m.Text.Length > 0 && m.Text[0] is >= '\u0400' and <= '\u04FF'
                ? (m.Text.Any(c => c is 'ы' or 'э' or 'ъ') ? m.Entry.NameRu : m.Entry.NameUk) is { Length: > 0 } n ? n : m.Text
                : m.Text;
    }
}
