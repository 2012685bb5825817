namespace Frontline.Documents;

/// <summary>Kyiv's time zone: publication dates and claim dates are Kyiv calendar days.</summary>
public static class KyivTime
{
    public static TimeZoneInfo Zone { get; } = Find();

    /// <summary>The Kyiv calendar date of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private static TimeZoneInfo Find()
    {
        // tzdata renamed Europe/Kiev to Europe/Kyiv in 2022; older systems know only the old id.
        foreach (var id in new[] { "Europe/Kyiv", "Europe/Kiev", "FLE Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            {
                return zone;
            }
        }
        return TimeZoneInfo.CreateCustomTimeZone("Kyiv", TimeSpan.FromHours(2), "Kyiv", "Kyiv");
    }
}
