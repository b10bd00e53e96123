namespace Breakcard.Cli.Demo;

/// <summary>Options of <c>breakcard demo</c>.</summary>
/// <param name="People">Population of the simulated city.</param>
/// <param name="Days">Days simulated.</param>
/// <param name="Seed">Random seed; the same seed gives the same city.</param>
/// <param name="Out">Working folder.</param>
public sealed record DemoOptions(int People, int Days, ulong Seed, DirectoryInfo Out)
{
    /// <summary>Default population: large enough for every typology, small enough for well under a minute.</summary>
    public const int DefaultPeople = 20_000;

    /// <summary>Default number of days.</summary>
    public const int DefaultDays = 30;

    /// <summary>Default seed.</summary>
    public const ulong DefaultSeed = 20_240_301;
}
