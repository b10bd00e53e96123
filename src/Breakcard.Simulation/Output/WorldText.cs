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
    private readonly byte[] _accountBytes;
    private readonly int[] _accountStarts;
    private readonly byte[] _deviceBytes;
    private readonly byte[][] _terminals;
    private readonly byte[][] _regionCodes;
    private readonly byte[][] _channels;
    private readonly byte[][] _smsKinds;

    public WorldText(SimWorld world)
    {
        Calendar = world.Calendar;
        _accounts = [.. world.Accounts.Number];
        _devices = [.. world.Devices.Imei];

        // Implementation note: identifiers are formatted once here and copied per event, which
        // is several times cheaper than formatting 17–19 digits for every transaction.
        _accountStarts = new int[_accounts.Length + 1];
        var pool = new List<byte>(_accounts.Length * 19);
        Span<byte> digits = stackalloc byte[20];
        for (var a = 0; a < _accounts.Length; a++)
        {
            _accountStarts[a] = pool.Count;
            System.Buffers.Text.Utf8Formatter.TryFormat(_accounts[a], digits, out var n);
            pool.AddRange(digits[..n]);
        }

        _accountStarts[^1] = pool.Count;
        _accountBytes = [.. pool];
        _deviceBytes = new byte[_devices.Length * 15];
        for (var d = 0; d < _devices.Length; d++)
        {
            Encoding.ASCII.GetBytes(_devices[d].ToString("D15", System.Globalization.CultureInfo.InvariantCulture), _deviceBytes.AsSpan(d * 15, 15));
        }
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

    public void Account(ref Row row, long endpoint)
    {
        if (Endpoints.IsCash(endpoint))
        {
            row.Bytes(_terminals[Endpoints.Terminal(endpoint)]);
        }
        else
        {
            var a = (int)endpoint;
            row.Bytes(_accountBytes.AsSpan(_accountStarts[a], _accountStarts[a + 1] - _accountStarts[a]));
        }
    }

    public void Account(Utf8FileWriter w, long endpoint)
    {
        var row = new Row(w.GetSpan(64));
        Account(ref row, endpoint);
        w.Advance(row.Length);
    }

    public void Device(ref Row row, int device) => row.Bytes(_deviceBytes.AsSpan(device * 15, 15));

    public void Cell(ref Row row, int cell)
    {
        row.Bytes(_regionCodes[Cells.District(cell)]);
        row.Byte((byte)'-');
        row.Digits((ulong)Cells.Number(cell), 4);
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

    /// <summary>Consecutive event ids per kind, kept as ASCII digits and incremented in place.</summary>
    public sealed class IdCounters
    {
        private readonly byte[][] _ids = new byte[5][];

        public IdCounters()
        {
            for (var k = 1; k <= 4; k++)
            {
                _ids[k] = Encoding.ASCII.GetBytes(((char)Prefix((EventKind)k)).ToString() + "000000000");
            }
        }

        /// <summary>Advances the counter of <paramref name="kind"/> and writes the new id.</summary>
        public void WriteNext(ref Row row, EventKind kind)
        {
            var id = _ids[(int)kind];
            var i = id.Length - 1;
            while (i > 0 && id[i] == (byte)'9')
            {
                id[i--] = (byte)'0';
            }

            if (i == 0)
            {
                // A billion events of one kind: widen by a digit.
                var wider = new byte[id.Length + 1];
                wider[0] = id[0];
                wider[1] = (byte)'1';
                Array.Fill(wider, (byte)'0', 2, id.Length - 1);
                _ids[(int)kind] = id = wider;
            }
            else
            {
                id[i]++;
            }

            row.Bytes(id);
        }
    }

    public static byte Prefix(EventKind kind) => kind switch
    {
        EventKind.Transaction => (byte)'T',
        EventKind.Call => (byte)'C',
        EventKind.Sms => (byte)'S',
        _ => (byte)'L',
    };
}
