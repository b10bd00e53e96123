namespace Breakcard.Simulation.World;

/// <summary>
/// Mobile network cells: each Chengdu district has <see cref="PerDistrict"/> cells; a cell is the
/// integer district × 10,000 + number and is written "510104-0012" (district code, cell number).
/// </summary>
internal static class Cells
{
    public const int PerDistrict = 60;

    public static int Of(int district, int number) => (district * 10_000) + number;

    public static int District(int cell) => cell / 10_000;

    public static int Number(int cell) => cell % 10_000;

    /// <summary>The cell of a key within a district (stable: the same key always gives the same cell).</summary>
    public static int Pick(int district, ulong key) => Of(district, (int)(key % PerDistrict) + 1);
}
