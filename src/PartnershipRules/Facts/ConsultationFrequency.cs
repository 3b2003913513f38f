namespace PartnershipRules.Facts;

/// <summary>How often a representative consults the people they represent.</summary>
public enum ConsultationFrequency
{
    /// <summary>Regularly.</summary>
    Regularly,

    /// <summary>Occasionally.</summary>
    Occasionally,

    /// <summary>Rarely.</summary>
    Rarely,
}
