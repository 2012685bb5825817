using Frontline.Documents;

namespace Frontline.Verification;

/// <summary>The days a claim speaks about, in Kyiv time; an undated claim is taken as holding on its publication date.</summary>
public sealed record ClaimWindow(DateOnly From, DateOnly To, bool Undated)
{
    /// <summary>Maps lag claims: a publisher has this many days after a claim to show it.</summary>
    public const int LagDays = 10;

    public DateOnly LagEnd => To.AddDays(LagDays);

    public static ClaimWindow? Of(StoredClaim stored)
    {
        var date = stored.Claim.Date;
        if (date.From is { } from && date.To is { } to)
        {
            return new ClaimWindow(from, to, false);
        }
        return stored.Published is { } published ? new ClaimWindow(published, published, true) : null;
    }
}
