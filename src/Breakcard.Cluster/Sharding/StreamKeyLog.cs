using Breakcard.Cluster.Grains;

namespace Breakcard.Cluster.Sharding;

/// <summary>The identifiers of the stream not yet sent to the shards, in the order <c>MonitorSession</c> interns them.</summary>
public sealed class StreamKeyLog
{
    private readonly HashSet<string>[] _sent = [.. Enumerable.Range(0, 6).Select(_ => new HashSet<string>(StringComparer.Ordinal))];
    private readonly List<WireKey> _pending = [];

    /// <summary>Notes the identifiers of <paramref name="e"/> not seen before.</summary>
    public void Add(WireEvent e)
    {
        switch (e.Kind)
        {
            case WireKind.Transaction:
                if (e.Value > 0)
                {
                    Add(WireKeyKind.Account, e.A);
                    Add(WireKeyKind.Account, e.B);
                }

                break;
            case WireKind.Call:
                Add(WireKeyKind.Phone, e.A);
                Add(WireKeyKind.Phone, e.B);
                Add(WireKeyKind.Device, e.Device);
                Add(WireKeyKind.Cell, e.Place);
                break;
            case WireKind.Sms:
                Add(WireKeyKind.Phone, e.B);
                Add(WireKeyKind.Phone, e.A);
                Add(WireKeyKind.Device, e.Device);
                Add(WireKeyKind.Cell, e.Place);
                break;
            case WireKind.Login:
                Add(WireKeyKind.Account, e.A);
                Add(WireKeyKind.Device, e.Device);
                Add(WireKeyKind.Ip, e.Place);
                break;
        }
    }

    /// <summary>The identifiers noted since the last call, in order.</summary>
    public WireKey[] Take()
    {
        WireKey[] keys = [.. _pending];
        _pending.Clear();
        return keys;
    }

    private void Add(WireKeyKind kind, string? key)
    {
        if (key is { Length: > 0 } && _sent[(int)kind].Add(key))
        {
            _pending.Add(new WireKey(kind, key));
        }
    }
}
