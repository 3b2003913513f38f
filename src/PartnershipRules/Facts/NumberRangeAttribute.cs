using System;

namespace PartnershipRules.Facts;

/// <summary>
/// The values a numeric fact can take: a case file that records one outside them (a negative seat count, half a
/// community group) is refused where the value is written, and the case schema says the same to editors.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class NumberRangeAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="minimum">The smallest value allowed.</param>
    /// <param name="maximum">The largest value allowed.</param>
    public NumberRangeAttribute(double minimum, double maximum)
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The smallest value allowed.</summary>
    public double Minimum { get; }

    /// <summary>The largest value allowed.</summary>
    public double Maximum { get; }

    /// <summary>Whether only whole numbers are allowed (counts of seats, groups, roles).</summary>
    public bool WholeNumber { get; set; }
}
