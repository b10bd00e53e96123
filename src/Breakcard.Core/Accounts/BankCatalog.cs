using System.Collections.Frozen;

namespace Breakcard.Core.Accounts;

/// <summary>
/// The major Chinese banks and a representative table of their debit-card BINs (issuer
/// identification numbers, the first six digits) with the card length each BIN issues.
/// </summary>
/// <remarks>
/// Implementation note: the table is representative, not complete — banks hold hundreds of BINs.
/// It is drawn from public BIN listings and is used to name the issuer of a card and to generate
/// realistic cards. A valid card whose BIN is not listed is still a valid card (issuer unknown).
/// All BINs starting with 62 are China UnionPay BINs.
/// </remarks>
public static class BankCatalog
{
    /// <summary>A BIN and the length of the card numbers issued under it.</summary>
    /// <param name="Prefix">The six-digit BIN.</param>
    /// <param name="BankCode">Issuing bank's code.</param>
    /// <param name="CardLength">Card number length, 16 to 19.</param>
    public sealed record BinEntry(string Prefix, string BankCode, int CardLength);

    /// <summary>Every bank in the catalogue, largest first.</summary>
    public static IReadOnlyList<Bank> Banks { get; } =
    [
        new("ICBC", "中国工商银行", "Industrial and Commercial Bank of China"),
        new("CCB", "中国建设银行", "China Construction Bank"),
        new("ABC", "中国农业银行", "Agricultural Bank of China"),
        new("BOC", "中国银行", "Bank of China"),
        new("PSBC", "中国邮政储蓄银行", "Postal Savings Bank of China"),
        new("BOCOM", "交通银行", "Bank of Communications"),
        new("CMB", "招商银行", "China Merchants Bank"),
        new("CIB", "兴业银行", "Industrial Bank"),
        new("CITIC", "中信银行", "China CITIC Bank"),
        new("SPDB", "上海浦东发展银行", "Shanghai Pudong Development Bank"),
        new("CMBC", "中国民生银行", "China Minsheng Bank"),
        new("CEB", "中国光大银行", "China Everbright Bank"),
        new("PAB", "平安银行", "Ping An Bank"),
        new("HXB", "华夏银行", "Hua Xia Bank"),
        new("CGB", "广发银行", "China Guangfa Bank"),
        new("BOCD", "成都银行", "Bank of Chengdu"),
        new("SCRCU", "四川农村信用社", "Sichuan Rural Credit Union"),
    ];

    /// <summary>The BIN table.</summary>
    public static IReadOnlyList<BinEntry> Bins { get; } =
    [
        new("622202", "ICBC", 19), new("621226", "ICBC", 19), new("622208", "ICBC", 19), new("621558", "ICBC", 19),
        new("621700", "CCB", 19), new("622700", "CCB", 19), new("621284", "CCB", 19), new("436742", "CCB", 19),
        new("622848", "ABC", 19), new("622845", "ABC", 19), new("621282", "ABC", 19), new("622827", "ABC", 19),
        new("621661", "BOC", 19), new("621663", "BOC", 19), new("621785", "BOC", 19), new("601382", "BOC", 19),
        new("621799", "PSBC", 19), new("622188", "PSBC", 19), new("621098", "PSBC", 19),
        new("622260", "BOCOM", 19), new("622262", "BOCOM", 19), new("601428", "BOCOM", 17),
        new("622588", "CMB", 16), new("621483", "CMB", 16), new("621485", "CMB", 16), new("621486", "CMB", 16),
        new("622909", "CIB", 18), new("622908", "CIB", 18),
        new("622690", "CITIC", 16), new("622696", "CITIC", 16), new("621773", "CITIC", 16),
        new("622521", "SPDB", 16), new("621793", "SPDB", 16),
        new("622622", "CMBC", 16), new("621691", "CMBC", 16),
        new("622660", "CEB", 16), new("622666", "CEB", 16),
        new("622155", "PAB", 16), new("621626", "PAB", 19),
        new("622630", "HXB", 16), new("623021", "HXB", 19),
        new("622568", "CGB", 16), new("621462", "CGB", 19),
        new("622147", "BOCD", 19), new("621269", "BOCD", 19),
        new("621779", "SCRCU", 19), new("623190", "SCRCU", 19),
    ];

    private static readonly FrozenDictionary<string, Bank> ByCode =
        Banks.ToFrozenDictionary(b => b.Code, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, BinEntry> ByBin =
        Bins.ToFrozenDictionary(b => b.Prefix, StringComparer.Ordinal);

    /// <summary>The bank with this code, or null.</summary>
    public static Bank? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The BIN entry for the first six digits of <paramref name="cardNumber"/>, or null.</summary>
    public static BinEntry? FindBin(ReadOnlySpan<char> cardNumber) =>
        cardNumber.Length >= 6 && ByBin.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(cardNumber[..6], out var e) ? e : null;

    /// <summary>The BINs a bank issues, in table order.</summary>
    public static IReadOnlyList<BinEntry> BinsOf(string bankCode) =>
        Bins.Where(b => b.BankCode == bankCode).ToArray();
}
