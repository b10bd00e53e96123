using Breakcard.Core.Identifiers;

namespace Breakcard.Core.Companies;

/// <summary>A company's status in the market-regulation register.</summary>
public enum CompanyStatus
{
    /// <summary>存续: registered and operating.</summary>
    Operating = 1,

    /// <summary>Registered but not actually operating (no business at its address).</summary>
    NotOperating = 2,

    /// <summary>经营异常: listed for abnormal operation (for example unreachable at its address).</summary>
    Abnormal = 3,

    /// <summary>注销: deregistered.</summary>
    Deregistered = 4,
}

/// <summary>A registered company or individual business.</summary>
/// <param name="Id">Stable id within a data set, for example "C000123".</param>
/// <param name="Code">Unified social credit code.</param>
/// <param name="Name">Registered name.</param>
/// <param name="RegisteredAddress">Registered address (many shells share one).</param>
/// <param name="LegalRepresentativeId">Id of the legal representative (a person).</param>
/// <param name="BusinessScope">Registered business scope (经营范围).</param>
/// <param name="Registered">Registration date.</param>
/// <param name="Status">Status.</param>
public sealed record Company(
    string Id,
    CreditCode Code,
    string Name,
    string RegisteredAddress,
    string LegalRepresentativeId,
    string BusinessScope,
    DateOnly Registered,
    CompanyStatus Status);
