namespace Frontline.Maps;

/// <summary>Held and contested km² of one snapshot inside one oblast.</summary>
public sealed record OblastArea(string Oblast, double HeldKm2, double ContestedKm2);
