using Breakcard.Core.Identifiers;

namespace Breakcard.Core.Telecom;

/// <summary>The kind of SIM, as the law distinguishes them (法发〔2021〕22号 Art. 7).</summary>
public enum PhoneCardKind
{
    /// <summary>Ordinary phone card (voice, SMS, data).</summary>
    Ordinary = 1,

    /// <summary>Data-only card (流量卡).</summary>
    Data = 2,

    /// <summary>Internet-of-things card (物联网卡).</summary>
    IoT = 3,
}

/// <summary>A SIM card and its number, registered to a holder.</summary>
/// <param name="Number">The mobile number.</param>
/// <param name="Operator">Operator (normally that of the number's segment).</param>
/// <param name="Kind">Card kind.</param>
/// <param name="HolderId">Id of the registered holder (person or company).</param>
/// <param name="Activated">Activation date.</param>
public sealed record PhoneCard(
    MobileNumber Number,
    MobileOperator Operator,
    PhoneCardKind Kind,
    string HolderId,
    DateOnly Activated)
{
    /// <summary>Business hall or agent outlet where the card was sold, for example "CM-510104-02".</summary>
    public string? Outlet { get; init; }

    /// <summary>Id of the operator employee (a person) who registered the card, when known.</summary>
    public string? OpenedBy { get; init; }
}
