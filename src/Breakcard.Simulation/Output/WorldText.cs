using System.Text;
using Breakcard.Core.Events;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Output;

/// <summary>
/// The world's identifiers and vocabularies, pre-encoded once so that writing an event copies
/// bytes and formats integers and never allocates: account numbers, device ids, cell ids, cash
/// terminals, channel and SMS-kind names.
/// </summary>
internal sealed class WorldText
{
    private readonly ulong[] _accounts;
    private readonly long[] _devices;
    private readonly byte[][] _terminals;
    private readonly byte[][] _regionCodes;
    private readonly byte[][] _channels;
    private readonly byte[][] _smsKinds;

    public WorldText(SimWorld world)
    {
        Calendar = world.Calendar;
        _accounts = [.. world.Accounts.Number];
        _devices = [.. world.Devices.Imei];
        _terminals = new byte[world.Institutions.Terminals.Count][];
        for (var t = 0; t < _terminals.Length; t++)
        {
            _terminals[t] = Encoding.ASCII.GetBytes(CashPoints.For(world.Institutions.TerminalId(t)));
        }

        _regionCodes = Regions.All.Select(r => Encoding.ASCII.GetBytes(r.Code)).ToArray();
        _channels = new byte[6][];
        foreach (var c in Enum.GetValues<Channel>())
        {
            _channels[(int)c] = Encoding.ASCII.GetBytes(EventSchema.ToText(c));
        }

        _smsKinds = new byte[4][];
        foreach (var k in Enum.GetValues<SmsKind>())
        {
            _smsKinds[(int)k] = Encoding.ASCII.GetBytes(EventSchema.ToText(k));
        }
    }

    public SimCalendar Calendar { get; }

    public void Account(Utf8FileWriter w, long endpoint)
    {
        if (Endpoints.IsCash(endpoint))
        {
            w.Write(_terminals[Endpoints.Terminal(endpoint)]);
        }
        else
        {
            w.WriteDigits(_accounts[endpoint], 1);
        }
    }

    public void Device(Utf8FileWriter w, int device) => w.WriteDigits((ulong)_devices[device], 15);

    public void Cell(Utf8FileWriter w, int cell)
    {
        w.Write(_regionCodes[Cells.District(cell)]);
        w.WriteByte((byte)'-');
        w.WriteDigits((ulong)Cells.Number(cell), 4);
    }

    public ReadOnlySpan<byte> Channel(byte channel) => _channels[channel];

    public ReadOnlySpan<byte> SmsKind(byte kind) => _smsKinds[kind];

    /// <summary>The text of an account number (for entity and truth files).</summary>
    public string AccountNumber(int account) => _accounts[account].ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string DeviceId(int device) => _devices[device].ToString("D15", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Writes an event id: kind letter and a nine-digit number (wider beyond a billion).</summary>
    public static void EventId(Utf8FileWriter w, EventKind kind, long number)
    {
        w.WriteByte(Prefix(kind));
        w.WriteDigits((ulong)number, 9);
    }

    public static byte Prefix(EventKind kind) => kind switch
    {
        EventKind.Transaction => (byte)'T',
        EventKind.Call => (byte)'C',
        EventKind.Sms => (byte)'S',
        _ => (byte)'L',
    };
}
