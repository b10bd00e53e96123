using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Life;

/// <summary>When in the day something happens, as hour weights (local time).</summary>
internal sealed class DayProfile
{
    private const int TableSize = 1024;
    private readonly byte[] _hours = new byte[TableSize];

    private DayProfile(double[] weights)
    {
        var total = weights.Sum();
        var k = 0;
        var cumulative = 0.0;
        for (var h = 0; h < 24; h++)
        {
            cumulative += weights[h] / total;
            var until = (int)Math.Round(cumulative * TableSize);
            for (; k < until && k < TableSize; k++)
            {
                _hours[k] = (byte)h;
            }
        }

        for (; k < TableSize; k++)
        {
            _hours[k] = 23;
        }
    }

    /// <summary>Ordinary waking day: peaks at lunch and in the evening.</summary>
    public static DayProfile Daytime { get; } = new([0.3, 0.15, 0.1, 0.05, 0.05, 0.2, 0.8, 2.5, 4, 4.5, 5, 5.5, 7, 5.5, 4.5, 4.5, 5, 5.5, 6.5, 7, 6.5, 5, 3, 1.2]);

    /// <summary>Night-shift workers: active from evening to morning.</summary>
    public static DayProfile NightShift { get; } = new([5, 5, 4.5, 4, 3.5, 3, 3, 2, 1, 0.5, 0.3, 0.3, 0.5, 0.5, 0.6, 0.8, 1.5, 3, 4, 4.5, 5, 5.5, 5.5, 5.5]);

    /// <summary>Office hours.</summary>
    public static DayProfile Business { get; } = new([0, 0, 0, 0, 0, 0, 0, 0.2, 2, 6, 7, 6, 2, 4, 6, 6, 5, 3, 0.5, 0, 0, 0, 0, 0]);

    /// <summary>Victims of fraud: when cons succeed (day and evening).</summary>
    public static DayProfile Victim { get; } = new([0, 0, 0, 0, 0, 0, 0.2, 0.8, 3, 5, 6, 5, 4, 4, 5, 5, 5, 4, 4, 5, 5, 4, 2, 0.5]);

    /// <summary>Gambling and illicit-payment platforms: evenings and late nights.</summary>
    public static DayProfile Late { get; } = new([4, 3, 2, 1, 0.5, 0.2, 0.2, 0.3, 0.8, 1.5, 2, 2.5, 3, 3, 3, 3, 3.5, 4, 5, 6, 7, 7.5, 7, 5.5]);

    /// <summary>Automated SMS-code reception: around the clock, a little more by day.</summary>
    public static DayProfile AroundTheClock { get; } = new([2, 2, 2, 2, 2, 2, 2.5, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3.5, 3, 2.5]);

    /// <summary>A random second of the day following the profile.</summary>
    public int NextSecond(SeededRandom random)
    {
        var r = random.NextUInt64();
        var hour = _hours[(int)(r & (TableSize - 1))];
        return (hour * 3600) + (int)((r >> 10) % 3600);
    }

    /// <summary>A random second within hours [<paramref name="fromHour"/>, <paramref name="toHour"/>).</summary>
    public static int Between(SeededRandom random, int fromHour, int toHour) => random.NextInt(fromHour * 3600, toHour * 3600);
}
