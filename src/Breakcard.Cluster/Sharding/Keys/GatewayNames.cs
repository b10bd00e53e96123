using Breakcard.Detection.Alerts;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The gateway's side of the shards' deferred names (ADR 0358): a shard keeps the text of its own
/// identifiers only, so an alert's evidence counterparty on another shard, or the device an alert's
/// fact reads, arrives as a <see cref="DeferredName"/>; the gateway numbers every identifier of the
/// stream (<see cref="StreamKeyLog"/>) and writes the text back before the alert is merged. Text
/// that is not a token passes unchanged (a checkpoint written before ADR 0358 holds texts).
/// </summary>
internal sealed class GatewayNames(ReferenceData reference)
{
    /// <summary>The text <paramref name="name"/> stands for.</summary>
    /// <exception cref="InvalidDataException">A token of no known kind, or naming an index the gateway never gave.</exception>
    public string Resolve(string name)
    {
        if (!DeferredName.TryParse(name, out var kind, out var index))
        {
            return name;
        }

        var keys = kind switch
        {
            DeferredName.Account => reference.Accounts,
            DeferredName.Phone => reference.Phones,
            DeferredName.Device => reference.Devices,
            _ => throw new InvalidDataException($"a shard named an identifier of unknown kind '{kind}'"),
        };
        return index < keys.Count && keys.TryKeyOf(index, out var key)
            ? key
            : throw new InvalidDataException($"a shard named identifier {index} of kind '{kind}', which the gateway never numbered");
    }

    /// <summary>
    /// The index the gateway gave device <paramref name="name"/> (its text, or a shard's token for
    /// it), or -1 for a text the stream never named (ADR 0411: the gateway keeps device facts by index).
    /// </summary>
    /// <exception cref="InvalidDataException">A token of another kind, or naming an index the gateway never gave.</exception>
    public int DeviceIndex(string name)
    {
        if (!DeferredName.TryParse(name, out var kind, out var index))
        {
            return reference.Devices.Find(name);
        }

        return kind == DeferredName.Device && index < reference.Devices.Count
            ? index
            : throw new InvalidDataException($"a shard named device {index} of kind '{kind}', which the gateway never numbered as a device");
    }

    /// <summary><paramref name="alert"/> with every deferred evidence counterparty written out.</summary>
    public Alert Resolve(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (!alert.Evidence.Any(e => DeferredName.TryParse(e.Counterparty, out _, out _)))
        {
            return alert;
        }

        return alert with { Evidence = [.. alert.Evidence.Select(e => e.Counterparty is { } c ? e with { Counterparty = Resolve(c) } : e)] };
    }
}
