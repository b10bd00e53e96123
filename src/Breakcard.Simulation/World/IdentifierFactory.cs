using Breakcard.Core.Accounts;
using Breakcard.Core.Identifiers;
using Breakcard.Core.Telecom;
using Breakcard.Simulation.Internal;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.World;

/// <summary>
/// Issues valid, unique identifiers as integers: card numbers under the catalogue's BINs with a
/// Luhn digit, corporate account numbers, mobile numbers in allocated segments, IMEIs with a Luhn
/// digit and unified social credit codes with their GB 32100 check character.
/// </summary>
/// <remarks>
/// Implementation note: uniqueness is by construction, not by lookup. Each series (a BIN, a
/// segment, a TAC) counts up, and the serial is (counter + offset) × m mod 10^k with m coprime
/// to 10 — a bijection — so serials look scattered yet never repeat within a series.
/// </remarks>
internal sealed class IdentifierFactory(ulong seed)
{
    private const long Multiplier = 387_420_489; // 3^18: coprime with 10
    private const long ExternalStart = 50_000_000;
    private static readonly int[] AllSegments = [.. NumberSegments.All.Order()];
    private readonly Dictionary<string, long> _binCounters = new(StringComparer.Ordinal);
    private readonly Dictionary<int, long> _segmentCounters = [];
    private readonly Dictionary<int, long> _externalCounters = [];
    private readonly Dictionary<string, long> _tacCounters = new(StringComparer.Ordinal);
    private readonly Dictionary<int, IReadOnlyList<BankCatalog.BinEntry>> _bins = [];
    private readonly Dictionary<MobileOperator, IReadOnlyList<int>> _segments = [];
    private long _corporateCounter;

    /// <summary>A new card number of bank <paramref name="bank"/> (index into <see cref="BankCatalog.Banks"/>).</summary>
    public ulong CardNumber(int bank, SeededRandom random)
    {
        if (!_bins.TryGetValue(bank, out var bins))
        {
            _bins[bank] = bins = BankCatalog.BinsOf(BankCatalog.Banks[bank].Code);
        }

        var bin = bins[random.NextInt(bins.Count)];
        var serialDigits = bin.CardLength - 7;
        var modulus = Pow10(serialDigits);
        var counter = Next(_binCounters, bin.Prefix);
        var binValue = ulong.Parse(bin.Prefix, System.Globalization.CultureInfo.InvariantCulture);
        var offset = (long)(Hashing.Mix(seed, binValue) % (ulong)modulus);
        var serial = (long)((Int128)(counter + offset) * Multiplier % modulus);
        var payload = (binValue * (ulong)modulus) + (ulong)serial;
        return (payload * 10) + (ulong)LuhnDigit(payload);
    }

    /// <summary>A new 17-digit corporate account number at bank <paramref name="bank"/>.</summary>
    public ulong CorporateNumber(int bank)
    {
        const long modulus = 100_000_000_000;
        var serial = (long)((Int128)(_corporateCounter++ + 12_345_678) * Multiplier % modulus);
        return (ulong)((5101_00L + 10 + bank) * modulus) + (ulong)serial;
    }

    /// <summary>A new city subscriber number of operator <paramref name="op"/>.</summary>
    public long MobileNumber(MobileOperator op, SeededRandom random)
    {
        if (!_segments.TryGetValue(op, out var segments))
        {
            _segments[op] = segments = NumberSegments.Of(op);
        }

        var segment = segments[random.NextInt(segments.Count)];
        var counter = Next(_segmentCounters, segment);
        return Subscriber(segment, (counter + Offset(segment, ExternalStart)) % ExternalStart);
    }

    /// <summary>A number outside the city (the other end of a call); never equal to a city number.</summary>
    public long ExternalMobile(SeededRandom random)
    {
        var segment = AllSegments[random.NextInt(AllSegments.Length)];
        var counter = ExternalStart + ((Next(_externalCounters, segment) + Offset(segment + 1_000, ExternalStart)) % ExternalStart);
        return Subscriber(segment, counter);
    }

    /// <summary>A new IMEI with one of the given type allocation codes.</summary>
    public long Imei(string tac)
    {
        var counter = Next(_tacCounters, tac);
        if (counter >= 1_000_000)
        {
            throw new InvalidOperationException("Type allocation code exhausted.");
        }

        var serial = (counter + Offset(long.Parse(tac, System.Globalization.CultureInfo.InvariantCulture), 1_000_000)) % 1_000_000 * 531_441 % 1_000_000; // 3^12: coprime with 10
        var payload = (long.Parse(tac, System.Globalization.CultureInfo.InvariantCulture) * 1_000_000) + serial;
        return (payload * 10) + LuhnDigit((ulong)payload);
    }

    /// <summary>A handset IMEI with a random common type allocation code, moving on when one is exhausted.</summary>
    public long HandsetImei(SeededRandom random)
    {
        var first = random.NextInt(Networks.HandsetTacs.Length);
        for (var k = 0; k < Networks.HandsetTacs.Length; k++)
        {
            var tac = Networks.HandsetTacs[(first + k) % Networks.HandsetTacs.Length];
            if (!_tacCounters.TryGetValue(tac, out var used) || used < 1_000_000)
            {
                return Imei(tac);
            }
        }

        throw new InvalidOperationException("All handset type allocation codes exhausted.");
    }

    /// <summary>The unified social credit code of company <paramref name="company"/> registered in region code <paramref name="regionCode"/>.</summary>
    public static CreditCode CreditCodeOf(int company, string regionCode)
    {
        const long space = 26_439_622_160_671; // 31^9
        var value = (long)((Int128)(company + 1_000_003) * 1_000_000_007 % space);
        Span<char> organisation = stackalloc char[9];
        for (var i = 8; i >= 0; i--)
        {
            organisation[i] = Checksums.CreditCodeAlphabet[(int)(value % 31)];
            value /= 31;
        }

        return CreditCode.FromPayload(string.Concat("91", regionCode, organisation));
    }

    /// <summary>The Luhn check digit of a payload held as an integer (Core's algorithm on its digits).</summary>
    public static int LuhnDigit(ulong payload)
    {
        Span<char> digits = stackalloc char[20];
        payload.TryFormat(digits, out var n, default, System.Globalization.CultureInfo.InvariantCulture);
        return Checksums.LuhnCheck(digits[..n]) - '0';
    }

    private static long Subscriber(int segment, long counter)
    {
        const long modulus = 100_000_000;
        return (segment * modulus) + (counter % modulus * Multiplier % modulus);
    }

    /// <summary>A seed-dependent start for a series, so series do not begin at the same serial.</summary>
    private long Offset(long series, long modulus) => (long)(Hashing.Mix(seed, (ulong)series) % (ulong)modulus);

    private static long Next<TKey>(Dictionary<TKey, long> counters, TKey key) where TKey : notnull
    {
        counters.TryGetValue(key, out var value);
        counters[key] = value + 1;
        return value;
    }

    private static long Pow10(int n)
    {
        long p = 1;
        for (var i = 0; i < n; i++)
        {
            p *= 10;
        }

        return p;
    }
}
