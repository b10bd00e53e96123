namespace Breakcard.Graph.Tracing.Internal;

/// <summary>
/// Splits an integer amount over integer weights by cumulative rounding: part j is
/// ⌊S_j·T/W⌋ − ⌊S_(j−1)·T/W⌋ where S_j is the running sum of weights and W their total. The parts
/// sum to T exactly, take O(n) without sorting, and never exceed their weight when T ≤ W — which
/// is what keeps traced money within what actually flowed.
/// </summary>
internal static class Apportion
{
    public static void Split(long total, ReadOnlySpan<long> weights, Span<long> parts)
    {
        Int128 sum = 0;
        foreach (var w in weights)
        {
            sum += w;
        }

        if (sum <= 0)
        {
            throw new ArgumentException("Weights must have a positive total.", nameof(weights));
        }

        if (total > sum)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, "The amount exceeds the total weight.");
        }

        Int128 running = 0;
        Int128 previous = 0;
        for (var j = 0; j < weights.Length; j++)
        {
            running += weights[j];
            var cumulative = running * total / sum;
            parts[j] = (long)(cumulative - previous);
            previous = cumulative;
        }
    }
}
