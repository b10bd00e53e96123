using Breakcard.Detection.Alerts;

namespace Breakcard.Detection.Indicators;

/// <summary>Thresholds of <see cref="SharedDeviceIndicator"/>.</summary>
public sealed record SharedDeviceOptions
{
    /// <summary>Distinct holders whose accounts were used from one device within the device window that fire (a family may share a phone among two or three; a card operation runs many people's cards from one).</summary>
    public int MinHoldersPerDevice { get; init; } = 4;

    /// <summary>Distinct holders behind one IP address within the IP window (home and office NAT share addresses, so higher).</summary>
    public int MinHoldersPerIp { get; init; } = 8;

    /// <summary>Length of each half of the device window (hours).</summary>
    public int DeviceHalfWindowHours { get; init; } = 24 * 7;

    /// <summary>Length of each half of the IP window (hours).</summary>
    public int IpHalfWindowHours { get; init; } = 12;
}

/// <summary>
/// Shared device or IP across different holders: accounts of several people used from one
/// handset or computer — the way a card dealer or a settlement team operates bought cards. Device
/// data may be collected for this under Anti-Fraud Law Art. 18. The device's registered owner
/// counts as one of its holders.
/// </summary>
public static class SharedDeviceIndicator
{
    /// <summary>Description.</summary>
    public static IndicatorInfo Info { get; } = new(
        IndicatorId.SharedDevice, "SHARED_DEVICE", "device or IP shared across holders",
        "The account is used from a device or IP address that accounts of several other holders also use.",
        "Anti-Fraud Law Art. 18 (device data); FATF/Egmont/INTERPOL 2023 report on cyber-enabled fraud",
        LegalBasis.AntiFraudArt18,
        IndicatorCategory.Primary, AppliesTo.Accounts, 30);

    /// <summary>Strength from the distinct holders of the device and of the IP address.</summary>
    public static byte Strength(int deviceHolders, int ipHolders, SharedDeviceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Math.Max(IndicatorMath.Ramp(deviceHolders, options.MinHoldersPerDevice), IndicatorMath.Ramp(ipHolders, options.MinHoldersPerIp));
    }
}
