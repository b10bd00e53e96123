namespace Breakcard.Simulation.Internal;

/// <summary>
/// Stateless mixing for values that must be stable functions of an index (a household's
/// broadband address, a company's name), so they need no stored state and no draw order.
/// </summary>
internal static class Hashing
{
    /// <summary>SplitMix64's finaliser: a bijective, well-mixed 64-bit hash.</summary>
    public static ulong Mix(ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }

    /// <summary>Mixes two values.</summary>
    public static ulong Mix(ulong a, ulong b) => Mix(a ^ Mix(b));
}
