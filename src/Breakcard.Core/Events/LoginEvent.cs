using Breakcard.Core.Identifiers;

namespace Breakcard.Core.Events;

/// <summary>One login to an account's online or mobile banking or payment app.</summary>
/// <param name="Id">Unique record id.</param>
/// <param name="Time">Event time.</param>
/// <param name="Account">Account logged into.</param>
/// <param name="Device">Device used.</param>
/// <param name="Ip">Source IP address, if known.</param>
public readonly record struct LoginEvent(
    string Id,
    DateTimeOffset Time,
    string Account,
    DeviceId Device,
    IpAddress? Ip)
{
    /// <summary>Masked summary.</summary>
    public override string ToString() => $"{Id} {Time:O} {Masking.KeepEnds(Account, 4, 4)} from {Device} {Ip}";
}
