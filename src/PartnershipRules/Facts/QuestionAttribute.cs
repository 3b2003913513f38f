using System;

namespace PartnershipRules.Facts;

/// <summary>
/// The question a case worker asks to record a fact. Insufficient-information results quote it, so that the person
/// reading the report knows what to find out.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class QuestionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="text">The question, phrased for a case worker.</param>
    public QuestionAttribute(string text) => Text = text;

    /// <summary>The question, phrased for a case worker.</summary>
    public string Text { get; }
}
