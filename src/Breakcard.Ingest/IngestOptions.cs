namespace Breakcard.Ingest;

/// <summary>
/// Limits and choices that apply to every reader. The defaults suit bank and operator exports;
/// hostile or unusual inputs hit a limit and stop with a clear error instead of exhausting memory.
/// Immutable; thread safe.
/// </summary>
public sealed record IngestOptions
{
    /// <summary>The defaults.</summary>
    public static IngestOptions Default { get; } = new();

    /// <summary>Longest CSV record or JSON line, in bytes (default 1 MiB). A longer one stops the file: it is almost always an unclosed quote.</summary>
    public int MaxRecordBytes { get; init; } = 1 << 20;

    /// <summary>Deepest XML element nesting accepted in pacs.008 (default 32; real messages need about 10).</summary>
    public int MaxXmlDepth { get; init; } = 32;

    /// <summary>Longest XML text node or attribute value, in characters (default 64 Ki; no pacs.008 field allows more than a few hundred).</summary>
    public int MaxXmlTextLength { get; init; } = 1 << 16;

    /// <summary>
    /// Time zone for pacs.008 date-times without a UTC offset and for settlement dates (which are
    /// placed at the start of the day): an offset such as "+08:00", "UTC", or an IANA zone name.
    /// Default "UTC", the convention of most ISO 20022 schemes; CNAPS and CIPS users set "+08:00".
    /// </summary>
    public string Pacs008TimeZone { get; init; } = "UTC";

    /// <summary>
    /// Yuan per unit of each foreign currency for pacs.008 amounts, keyed by ISO 4217 code, as
    /// exact decimal text ("7.1025"). CNY needs no entry. An amount in a currency without a rate
    /// is quarantined as <see cref="RejectReason.UnsupportedCurrency"/>, never guessed.
    /// </summary>
    public IReadOnlyDictionary<string, string> CurrencyRates { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// When true, a pacs.008 account given as a proprietary number (Othr/Id) rather than an IBAN is
    /// prefixed with its agent's BIC ("ICBKCNBJXXX/6222…"), because such numbers are unique only
    /// within their bank. Default false: Chinese card and account numbers are unique nationally and
    /// must match the same accounts in other sources.
    /// </summary>
    public bool QualifyLocalAccounts { get; init; }

    /// <summary>Why <paramref name="timeZone"/> cannot be used as <see cref="Pacs008TimeZone"/>, or null when it can.</summary>
    public static string? CheckTimeZone(string timeZone) =>
        Internal.TimeZoneSpec.TryCreate(timeZone, out _, out var error) ? null : error;

    /// <summary>Why <paramref name="rate"/> cannot be a value of <see cref="CurrencyRates"/>, or null when it can.</summary>
    public static string? CheckRate(string rate) =>
        Internal.DecimalText.TryParse(rate, '.', null, out var value, out var error) && value.Mantissa > 0
            ? null
            : "a rate must be a positive decimal number of yuan per unit" + (error is null ? "" : $" ({error})");
}
