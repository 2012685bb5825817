using Frontline.Documents;
using Frontline.Text;

namespace Frontline.Verification;

/// <summary>Groups claims about the same event across documents and counts the independent sources behind them.</summary>
/// <remarks>
/// Same event = same type (the three territory types count as one family), a shared place (the same gazetteer
/// entry, or the same oblast when either names only an oblast), and dates within <see cref="DaysApart"/> days.
/// A source is the speaker, or the publisher when the outlet speaks in its own voice; duplicates of a text are
/// not stored twice, so a republished text counts once.
/// </remarks>
public sealed class Corroborator
{
    public const int DaysApart = 3;
    private readonly Dictionary<(string Family, string Oblast), List<StoredClaim>> _byPlace = [];
    private readonly IReadOnlyDictionary<string, string> _publisherOf;

    public Corroborator(IReadOnlyList<StoredClaim> claims, IReadOnlyDictionary<string, string> publisherByDocument)
    {
        _publisherOf = publisherByDocument;
        foreach (var c in claims)
        {
            foreach (var oblast in TerritoryChecker.ClaimOblasts(c.Claim))
            {
                var key = (Family(c.Claim.Type), oblast);
                if (!_byPlace.TryGetValue(key, out var list))
                {
                    _byPlace[key] = list = [];
                }
                list.Add(c);
            }
        }
    }

    public Corroboration For(StoredClaim claim)
    {
        var window = ClaimWindow.Of(claim);
        var group = new Dictionary<long, StoredClaim>();
        foreach (var oblast in TerritoryChecker.ClaimOblasts(claim.Claim))
        {
            if (!_byPlace.TryGetValue((Family(claim.Claim.Type), oblast), out var candidates))
            {
                continue;
            }
            foreach (var other in candidates)
            {
                if (other.Id != claim.Id && other.DocumentHash != claim.DocumentHash && SamePlace(claim.Claim, other.Claim) && Close(window, ClaimWindow.Of(other)))
                {
                    group[other.Id] = other;
                }
            }
        }
        var sources = group.Values.Append(claim).Select(SourceOf).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return new Corroboration(group.Keys.Order().ToList(), sources, AgainstInterest(claim.Claim));
    }

    /// <summary>A side admitting what its own side would rather not: a Russian source on a Russian withdrawal or a Ukrainian gain, and the reverse.</summary>
    public static bool AgainstInterest(Claim claim)
    {
        var speaker = claim.Attribution.Side;
        var gainer = TerritoryChecker.Gainer(claim);
        if (speaker is not ("UA" or "RU") || claim.Modality is "denied" or "future")
        {
            return false;
        }
        return gainer is not null ? gainer != speaker : claim.Type == ClaimTypes.Losses && claim.Actor is "UA" or "RU" && claim.Actor != speaker;
    }

    private string SourceOf(StoredClaim c) =>
        c.Claim.Attribution.Speaker ?? (_publisherOf.TryGetValue(c.DocumentHash, out var p) ? p : c.DocumentName);

    private static string Family(string type) => type.StartsWith("territory.", StringComparison.Ordinal) ? "territory" : type;

    private static bool SamePlace(Claim a, Claim b)
    {
        var ids = a.Places.Where(p => p.GazetteerId is not null).Select(p => p.GazetteerId).ToHashSet();
        if (b.Places.Any(p => p.GazetteerId is not null && ids.Contains(p.GazetteerId)))
        {
            return true;
        }
        // Either claim names only oblasts or regions: sharing an oblast is enough.
        bool Coarse(Claim c) => c.Places.All(p => p.Kind is "oblast" or "region");
        return (Coarse(a) || Coarse(b)) && TerritoryChecker.ClaimOblasts(a).Intersect(TerritoryChecker.ClaimOblasts(b), StringComparer.Ordinal).Any();
    }

    private static bool Close(ClaimWindow? a, ClaimWindow? b) =>
        a is not null && b is not null && a.From.AddDays(-DaysApart) <= b.To && b.From <= a.To.AddDays(DaysApart);
}
