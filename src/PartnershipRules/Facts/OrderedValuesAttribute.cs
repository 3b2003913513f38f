using System;

namespace PartnershipRules.Facts;

/// <summary>
/// Marks an enumeration whose values form an ordered scale (declaration order, lowest first), so that rules may compare
/// them with <c>lessThan</c>, <c>atMost</c> and the like. Enumerations without it only support equality.
/// </summary>
[AttributeUsage(AttributeTargets.Enum, AllowMultiple = false, Inherited = false)]
public sealed class OrderedValuesAttribute : Attribute
{
}
