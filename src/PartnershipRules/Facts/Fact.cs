using System;
using System.Collections.Generic;

namespace PartnershipRules.Facts;

/// <summary>
/// One recorded fact about a partnership: a value, recorded as unknown, or not recorded at all.
/// </summary>
/// <typeparam name="T">The type of the value (an enumeration, <see cref="bool"/>, <see cref="double"/>, <see cref="string"/> or <see cref="DateTime"/>).</typeparam>
/// <remarks>
/// A value converts implicitly, so facts read naturally in C#: <c>Stability = PartnerStability.Unstable</c>.
/// <c>default</c> is <see cref="FactState.NotRecorded"/>; use <see cref="Fact.Unknown"/> for a recorded unknown.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "Fact<int>.Unknown reads like Nullable<T> and ImmutableArray<T>.Empty; Fact.Unknown covers inference.")]
public readonly struct Fact<T> : IEquatable<Fact<T>>, IFactValue
{
    private readonly T _value;

    private Fact(FactState state, T value)
    {
        State = state;
        _value = value;
    }

    /// <summary>Whether the fact is known, recorded as unknown, or not recorded.</summary>
    public FactState State { get; }

    /// <summary><see langword="true"/> when the fact has a value.</summary>
    public bool IsKnown => State == FactState.Known;

    /// <summary>The value of a known fact.</summary>
    /// <exception cref="InvalidOperationException">The fact is not known.</exception>
    public T Value => IsKnown ? _value : throw new InvalidOperationException($"The fact is {State}; check {nameof(IsKnown)} before reading {nameof(Value)}.");

    object? IFactValue.UntypedValue => IsKnown ? _value : null;

    /// <summary>The value of a known fact, or <paramref name="fallback"/>.</summary>
    /// <param name="fallback">What to return when the fact is not known.</param>
    /// <returns>The value or the fallback.</returns>
    public T GetValueOrDefault(T fallback) => IsKnown ? _value : fallback;

    /// <summary>A known fact.</summary>
    /// <param name="value">The value. A <see langword="null"/> reference means "not recorded".</param>
    /// <returns>The fact.</returns>
    public static Fact<T> Of(T value) => value is null ? default : new Fact<T>(FactState.Known, value);

    /// <summary>A fact the case worker recorded as unknown.</summary>
    public static Fact<T> Unknown => new(FactState.Unknown, default!);

    /// <summary>A fact nobody recorded (the default).</summary>
    public static Fact<T> NotRecorded => default;

    /// <summary>Makes a known fact from a value.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Fact<T>(T value) => Of(value);

    /// <summary>Converts a recorded-unknown marker into a fact of any type.</summary>
    /// <param name="unknown">The marker, <see cref="Fact.Unknown"/>.</param>
    public static implicit operator Fact<T>(UnknownFact unknown) => Unknown;

    /// <inheritdoc />
    public bool Equals(Fact<T> other) => State == other.State && (!IsKnown || EqualityComparer<T>.Default.Equals(_value, other._value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Fact<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsKnown ? EqualityComparer<T>.Default.GetHashCode(_value!) : (int)State;

    /// <summary>Compares two facts by state and value.</summary>
    /// <param name="left">The first fact.</param>
    /// <param name="right">The second fact.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Fact<T> left, Fact<T> right) => left.Equals(right);

    /// <summary>Compares two facts by state and value.</summary>
    /// <param name="left">The first fact.</param>
    /// <param name="right">The second fact.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Fact<T> left, Fact<T> right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => State switch
    {
        FactState.Known => _value?.ToString() ?? string.Empty,
        FactState.Unknown => "unknown",
        _ => "not recorded",
    };
}

/// <summary>Factory helpers for <see cref="Fact{T}"/>.</summary>
public static class Fact
{
    /// <summary>A recorded unknown, convertible to a fact of any type: <c>AlternativesConsidered = Fact.Unknown</c>.</summary>
    public static UnknownFact Unknown => default;

    /// <summary>A known fact.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The fact.</returns>
    public static Fact<T> Of<T>(T value) => Fact<T>.Of(value);
}

/// <summary>The marker behind <see cref="Fact.Unknown"/>; it converts to an unknown <see cref="Fact{T}"/> of any type.</summary>
public readonly struct UnknownFact : IEquatable<UnknownFact>
{
    /// <inheritdoc />
    public bool Equals(UnknownFact other) => true;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnknownFact;

    /// <inheritdoc />
    public override int GetHashCode() => 0;

    /// <summary>All markers are equal.</summary>
    /// <param name="left">The first marker.</param>
    /// <param name="right">The second marker.</param>
    /// <returns><see langword="true"/>.</returns>
    public static bool operator ==(UnknownFact left, UnknownFact right) => true;

    /// <summary>All markers are equal.</summary>
    /// <param name="left">The first marker.</param>
    /// <param name="right">The second marker.</param>
    /// <returns><see langword="false"/>.</returns>
    public static bool operator !=(UnknownFact left, UnknownFact right) => false;
}

/// <summary>Lets explanations read any <see cref="Fact{T}"/> without knowing its type.</summary>
internal interface IFactValue
{
    FactState State { get; }

    object? UntypedValue { get; }
}
