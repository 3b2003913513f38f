namespace PartnershipRules.Model;

/// <summary>
/// A truth value of three-valued (Kleene) logic. Ordered so that AND is the minimum, OR the maximum, and NOT the mirror.
/// </summary>
public enum Truth : byte
{
    /// <summary>Known to be false.</summary>
    False = 0,

    /// <summary>Cannot be decided from what is recorded.</summary>
    Unknown = 1,

    /// <summary>Known to be true.</summary>
    True = 2,
}
