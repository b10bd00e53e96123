using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.World;

/// <summary>
/// Address blocks, handset type codes and service numbers the simulated city uses. Blocks are
/// plausible for their use (Sichuan broadband, mobile data, cloud hosting in Chengdu, South-East
/// Asian ranges for a ring's overseas operators) but are not a geolocation database.
/// </summary>
internal static class Networks
{
    /// <summary>Home broadband: Sichuan Telecom's 171.208.0.0/12, sixteen /16 blocks.</summary>
    private const uint BroadbandBase = (171u << 24) | (208u << 16);

    private const long BroadbandHosts = 16L * 254 * 254;

    /// <summary>Mobile data /16 blocks (addresses change from session to session).</summary>
    private static readonly uint[] Mobile = [Block(223, 104), Block(223, 87), Block(112, 192), Block(117, 136)];

    /// <summary>Cloud data-centre /16 blocks (servers hosted in Chengdu).</summary>
    private static readonly uint[] DataCentre = [Block(118, 24), Block(139, 155), Block(47, 108)];

    /// <summary>Overseas /16 blocks where fraud operators sit behind proxies.</summary>
    private static readonly uint[] Overseas = [Block(103, 216), Block(43, 230), Block(202, 178), Block(103, 97)];

    /// <summary>Eight-digit type allocation codes of common handset models (IMEI prefixes).</summary>
    public static readonly string[] HandsetTacs =
        ["86891403", "86452704", "35391110", "86074803", "86881603", "35656709", "86978004", "86200504", "35420908", "86765103", "86602204", "86137505"];

    /// <summary>Type allocation code of the GOIP gateways (SIM boxes) rings use.</summary>
    public const string SimBoxTac = "86220003";

    /// <summary>Type allocation code of computers and servers given IMEI-like ids.</summary>
    public const string ComputerTac = "35000010";

    /// <summary>Operator service numbers that send notifications and answer calls.</summary>
    public static readonly long[] OperatorServiceNumbers = [10086, 10010, 10000];

    /// <summary>Bank service numbers (SMS sender of login and payment codes), in <see cref="Breakcard.Core.Accounts.BankCatalog.Banks"/> order.</summary>
    public static readonly long[] BankServiceNumbers =
        [95588, 95533, 95599, 95566, 95580, 95559, 95555, 95561, 95558, 95528, 95568, 95595, 95511, 95577, 95508, 96511, 96633];

    /// <summary>Number of distinct platform SMS senders (106… numbers) in the world.</summary>
    public const int PlatformSenderCount = 60;

    /// <summary>The 12-digit 106 sender number of platform <paramref name="index"/>.</summary>
    public static long PlatformSender(int index) => 106_900_000_000L + ((index * 7_919L) % 100_000_000L);

    /// <summary>
    /// The broadband address of household <paramref name="household"/>: a bijection of the index
    /// onto the block's hosts (the multiplier is coprime with their count), so households get
    /// distinct addresses up to a million households and share them only beyond.
    /// </summary>
    public static uint HomeIp(ulong household)
    {
        var k = (long)(household % (ulong)BroadbandHosts) * 1_000_003L % BroadbandHosts;
        var block = (uint)(k / (254 * 254));
        var rest = k % (254 * 254);
        return BroadbandBase + (block << 16) + ((uint)(rest / 254 + 1) << 8) + (uint)(rest % 254 + 1);
    }

    public static uint MobileIp(SeededRandom random) => Host(random, Mobile);

    public static uint DataCentreIp(SeededRandom random) => Host(random, DataCentre);

    public static uint OverseasIp(SeededRandom random) => Host(random, Overseas);

    private static uint Block(uint a, uint b) => (a << 24) | (b << 16);

    private static uint Host(SeededRandom random, uint[] blocks) =>
        blocks[random.NextInt(blocks.Length)] | (uint)random.NextInt(1, 255) << 8 | (uint)random.NextInt(1, 255);
}
