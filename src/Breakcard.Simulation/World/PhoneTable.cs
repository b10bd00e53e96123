using Breakcard.Core.Telecom;

namespace Breakcard.Simulation.World;

/// <summary>Every phone card as parallel lists; the number is the 11-digit value.</summary>
internal sealed class PhoneTable
{
    private readonly Dictionary<long, int> _byNumber = [];

    public int Count => Number.Count;

    public List<long> Number { get; } = [];

    public List<MobileOperator> Operator { get; } = [];

    public List<PhoneCardKind> Kind { get; } = [];

    /// <summary>Person index of the registered holder.</summary>
    public List<int> Holder { get; } = [];

    /// <summary>Activation day relative to the start.</summary>
    public List<int> Activated { get; } = [];

    public List<int> Outlet { get; } = [];

    public List<int> OpenedBy { get; } = [];

    /// <summary>Device the SIM sits in (calls and SMS carry it), or -1.</summary>
    public List<int> Device { get; } = [];

    public List<int> Ring { get; } = [];

    public int Add(long number, MobileOperator op, PhoneCardKind kind, int holder, int activated, int outlet, int openedBy, int device)
    {
        Number.Add(number);
        Operator.Add(op);
        Kind.Add(kind);
        Holder.Add(holder);
        Activated.Add(activated);
        Outlet.Add(outlet);
        OpenedBy.Add(openedBy);
        Device.Add(device);
        Ring.Add(-1);
        _byNumber.Add(number, Number.Count - 1);
        return Number.Count - 1;
    }

    /// <summary>The phone with this number, or -1 (an outside number).</summary>
    public int Find(long number) => _byNumber.TryGetValue(number, out var i) ? i : -1;
}

/// <summary>Every device as parallel lists; the id is a 15-digit IMEI value.</summary>
internal sealed class DeviceTable
{
    public int Count => Imei.Count;

    public List<long> Imei { get; } = [];

    public List<DeviceKind> Kind { get; } = [];

    /// <summary>Person index of the owner, or -1 (unknown).</summary>
    public List<int> Owner { get; } = [];

    public List<int> Ring { get; } = [];

    public int Add(long imei, DeviceKind kind, int owner)
    {
        Imei.Add(imei);
        Kind.Add(kind);
        Owner.Add(owner);
        Ring.Add(-1);
        return Imei.Count - 1;
    }
}
