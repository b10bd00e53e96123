using System.Collections;
using System.Runtime.CompilerServices;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// An immutable set of <see cref="Evasion"/> members: the disguises an ad wants or was given (ADR 472). It replaced the <c>[Flags]</c> enum
/// when all 64 bits of a <c>ulong</c> were taken (ADR 460): a member is an index, the set keeps one bit per index in a <see cref="UInt128"/>,
/// so up to 128 disguises fit before the representation must change again, and no caller sees the bits. Enumeration is in member order
/// (ascending index: the order the generator draws in), which is why adding a member at the end never moves an existing draw.
/// There is no conversion from a member to a set: <c>Evasion.A | Evasion.B</c> is the OR of two indices, not a set, and must not compile
/// where a set is wanted — write <c>[Evasion.A, Evasion.B]</c> or <see cref="Of"/>.
/// </summary>
[CollectionBuilder(typeof(EvasionSet), nameof(Create))]
public readonly struct EvasionSet : IEquatable<EvasionSet>, IEnumerable<Evasion>
{
    /// <summary>How many members a set can hold (one bit each).</summary>
    public const int Capacity = 128;

    private readonly UInt128 bits;

    private EvasionSet(UInt128 bits) => this.bits = bits;

    /// <summary>The empty set.</summary>
    public static EvasionSet Empty => default;

    /// <summary>Every member of <see cref="Evasion"/>.</summary>
    public static EvasionSet All { get; } = Create(Enum.GetValues<Evasion>());

    /// <summary>True when the set holds no member.</summary>
    public bool IsEmpty => bits == UInt128.Zero;

    /// <summary>The number of members in the set.</summary>
    public int Count => (int)UInt128.PopCount(bits);

    /// <summary>The set of the given members.</summary>
    public static EvasionSet Of(params ReadOnlySpan<Evasion> members) => Create(members);

    /// <summary>The set of the given members (the collection-expression builder: <c>EvasionSet s = [Evasion.A, Evasion.B];</c>).</summary>
    public static EvasionSet Create(ReadOnlySpan<Evasion> members)
    {
        var bits = UInt128.Zero;
        foreach (var member in members)
        {
            bits |= Bit(member);
        }

        return new EvasionSet(bits);
    }

    /// <summary>True when <paramref name="member"/> is in the set.</summary>
    public bool Contains(Evasion member) => (bits & Bit(member)) != UInt128.Zero;

    /// <summary>True when the two sets share a member.</summary>
    public bool Overlaps(EvasionSet other) => (bits & other.bits) != UInt128.Zero;

    /// <summary>This set with <paramref name="member"/> added.</summary>
    public EvasionSet With(Evasion member) => new(bits | Bit(member));

    /// <summary>The union of two sets.</summary>
    public static EvasionSet operator |(EvasionSet left, EvasionSet right) => new(left.bits | right.bits);

    /// <summary>The set with one member added.</summary>
    public static EvasionSet operator |(EvasionSet set, Evasion member) => set.With(member);

    /// <summary>The intersection of two sets.</summary>
    public static EvasionSet operator &(EvasionSet left, EvasionSet right) => new(left.bits & right.bits);

    /// <summary>Equality of members.</summary>
    public static bool operator ==(EvasionSet left, EvasionSet right) => left.Equals(right);

    /// <summary>Inequality of members.</summary>
    public static bool operator !=(EvasionSet left, EvasionSet right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(EvasionSet other) => bits == other.bits;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EvasionSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => bits.GetHashCode();

    /// <summary>The members' names in member order, comma-separated, as a <c>[Flags]</c> enum printed them; "None" when empty.</summary>
    public override string ToString() => IsEmpty ? "None" : string.Join(", ", this);

    /// <summary>The members in member order (ascending index), without allocating.</summary>
    public Enumerator GetEnumerator() => new(bits);

    IEnumerator<Evasion> IEnumerable<Evasion>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static UInt128 Bit(Evasion member)
    {
        var index = (int)member;
        // A member's value is its index; anything else (a negative value, or an index past the capacity) is not a member.
        ArgumentOutOfRangeException.ThrowIfNegative(index, nameof(member));
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Capacity, nameof(member));
        return UInt128.One << index;
    }

    /// <summary>Walks the set's members from the lowest index up.</summary>
    public struct Enumerator : IEnumerator<Evasion>
    {
        private UInt128 rest;

        internal Enumerator(UInt128 bits)
        {
            rest = bits;
            Current = default;
        }

        /// <inheritdoc/>
        public Evasion Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext()
        {
            if (rest == UInt128.Zero)
            {
                return false;
            }

            var index = (int)UInt128.TrailingZeroCount(rest);
            Current = (Evasion)index;
            rest &= rest - UInt128.One; // clears the lowest set bit
            return true;
        }

        /// <inheritdoc/>
        public readonly void Reset() => throw new NotSupportedException();

        /// <inheritdoc/>
        public readonly void Dispose()
        {
        }
    }
}
