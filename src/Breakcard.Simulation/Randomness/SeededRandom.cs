using System.Numerics;
using System.Runtime.CompilerServices;

namespace Breakcard.Simulation.Randomness;

/// <summary>
/// A small, fast, deterministic pseudo-random generator (xoshiro256**, seeded through SplitMix64).
/// The same seed gives the same sequence on every run of the same build. <see cref="Fork(string)"/> derives
/// independent streams by purpose (for example one per day, one per typology) so adding draws in
/// one part of the simulation does not shift every other part. Not thread safe: give each thread
/// its own fork.
/// </summary>
/// <remarks>
/// Implementation note: System.Random's seeded algorithm is an implementation detail that .NET
/// may change; owning the algorithm keeps simulated worlds reproducible across runtime updates.
/// </remarks>
public sealed class SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;
    private readonly ulong _seed;

    /// <summary>Creates a generator from a seed.</summary>
    public SeededRandom(ulong seed)
    {
        _seed = seed;
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>The seed this generator was created from.</summary>
    public ulong Seed => _seed;

    /// <summary>
    /// An independent generator for a purpose, derived from this generator's seed (not its current
    /// state), so forks are stable no matter how many values were drawn before forking.
    /// </summary>
    public SeededRandom Fork(ulong stream)
    {
        // Mixing is modular arithmetic by design.
        var x = unchecked(_seed ^ (stream * 0x9E3779B97F4A7C15UL) ^ 0xD1B54A32D192ED03UL);
        return new SeededRandom(SplitMix(ref x) ^ stream);
    }

    /// <summary>An independent generator for a named purpose (stable hash of the name).</summary>
    public SeededRandom Fork(string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        // FNV-1a: stable across runs, unlike string.GetHashCode.
        var h = 14695981039346656037UL;
        foreach (var c in purpose)
        {
            h = unchecked((h ^ c) * 1099511628211UL);
        }

        return Fork(h);
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        // Implementation note: the generator's arithmetic is modular by definition.
        unchecked
        {
            var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = BitOperations.RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>) without modulo bias.</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)NextUInt64Below((ulong)maxExclusive);
    }

    /// <summary>A uniform integer in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public int NextInt(int minInclusive, int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(minInclusive, maxExclusive);
        return minInclusive + (int)NextUInt64Below((ulong)((long)maxExclusive - minInclusive));
    }

    /// <summary>A uniform long in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public long NextLong(long minInclusive, long maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(minInclusive, maxExclusive);
        return minInclusive + (long)NextUInt64Below((ulong)(maxExclusive - minInclusive));
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A uniformly chosen element.</summary>
    public T Pick<T>(IReadOnlyList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items[NextInt(items.Count)];
    }

    /// <summary>An index chosen with probability proportional to its non-negative weight.</summary>
    public int PickWeighted(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var w in weights)
        {
            total += w;
        }

        if (!(total > 0))
        {
            throw new ArgumentException("Weights must have a positive sum.", nameof(weights));
        }

        var r = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            r -= weights[i];
            if (r < 0)
            {
                return i;
            }
        }

        // Rounding can leave r at a hair above zero: fall back to the last positive weight.
        for (var i = weights.Length - 1; i >= 0; i--)
        {
            if (weights[i] > 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>A normal deviate (Box–Muller; one of the pair is discarded to keep the state simple).</summary>
    public double Normal(double mean, double standardDeviation)
    {
        var u1 = 1.0 - NextDouble(); // (0, 1], so the log is finite
        var u2 = NextDouble();
        return mean + (standardDeviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    /// <summary>A log-normal deviate with the given median and log-space standard deviation.</summary>
    public double LogNormal(double median, double sigma) => median * Math.Exp(Normal(0, sigma));

    /// <summary>An exponential deviate with the given mean.</summary>
    public double Exponential(double mean) => -mean * Math.Log(1.0 - NextDouble());

    /// <summary>A Poisson count with mean <paramref name="lambda"/> (exact for small means, normal approximation above 30).</summary>
    public int Poisson(double lambda)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lambda);
        if (lambda > 30)
        {
            return Math.Max(0, (int)Math.Round(Normal(lambda, Math.Sqrt(lambda))));
        }

        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = NextDouble();
        while (p > limit)
        {
            k++;
            p *= NextDouble();
        }

        return k;
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates).</summary>
    public void Shuffle<T>(Span<T> items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private ulong NextUInt64Below(ulong bound)
    {
        // Lemire's nearly-divisionless method: unbiased and usually one multiply.
        var m = Math.BigMul(NextUInt64(), bound, out var low);
        if (low < bound)
        {
            var threshold = unchecked(0 - bound) % bound;
            while (low < threshold)
            {
                m = Math.BigMul(NextUInt64(), bound, out low);
            }
        }

        return m;
    }

    private static ulong SplitMix(ref ulong x)
    {
        unchecked
        {
            var z = x += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
