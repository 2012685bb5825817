namespace Frontline.Maps;

/// <summary>What a publisher's feature class means for control of the ground.</summary>
public enum ControlStatus
{
    /// <summary>Held by Russia (occupied, including Crimea and the parts of Donbas held since 2014/15).</summary>
    Held,

    /// <summary>Grey zone: contested or unknown status.</summary>
    Contested,

    /// <summary>A historic label for ground regained by Ukraine; not held.</summary>
    Liberated,

    /// <summary>Not territory of Ukraine's war map: overlays outside Ukraine, point markers, decorations.</summary>
    Ignored,
}
