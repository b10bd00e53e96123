using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Breakcard.Core.Events;

namespace Breakcard.Ingest.Output;

/// <summary>
/// Writes events as Breakcard's events.jsonl (docs/data-format.md): one JSON object per line,
/// "type" first and then the CSV columns of that type, times in ISO 8601 with the event's own
/// offset (fractions of a second only when present), unknown optional values as null, Chinese
/// text unescaped. Used by <c>breakcard ingest</c> to normalise any supported input. Not thread safe.
/// </summary>
public sealed class JsonlEventWriter : IDisposable
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz";
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 17);
    private readonly Utf8JsonWriter _json;

    /// <summary>Writes to <paramref name="stream"/>, which this writer disposes.</summary>
    public JsonlEventWriter(Stream stream)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>Events written.</summary>
    public long Count { get; private set; }

    /// <summary>Creates (or replaces) a file.</summary>
    public static JsonlEventWriter Create(string path) =>
        new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));

    /// <summary>Writes the event <paramref name="reader"/> is positioned on.</summary>
    public void Write(EventReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        switch (reader.Kind)
        {
            case IngestEventKind.Transaction: Write(reader.Transaction); break;
            case IngestEventKind.Call: Write(reader.Call); break;
            case IngestEventKind.Sms: Write(reader.Sms); break;
            case IngestEventKind.Login: Write(reader.Login); break;
            default: throw new InvalidOperationException("The reader is not positioned on an event.");
        }
    }

    /// <summary>Writes a transaction.</summary>
    public void Write(in TransactionEvent e)
    {
        Begin(EventSchema.JsonTypes.Transaction, e.Id, e.Time);
        _json.WriteString("debit", e.Debit);
        _json.WriteString("credit", e.Credit);
        _json.WriteNumber("amount_fen", e.Amount.Fen);
        _json.WriteString("channel", EventSchema.ToText(e.Channel));
        WriteOptional("memo", e.Memo);
        End();
    }

    /// <summary>Writes a call.</summary>
    public void Write(in CallEvent e)
    {
        Begin(EventSchema.JsonTypes.Call, e.Id, e.Start);
        _json.WriteString("caller", e.Caller);
        _json.WriteString("callee", e.Callee);
        _json.WriteNumber("duration_s", e.DurationSeconds);
        WriteOptional("cell_id", e.CellId);
        WriteOptional("device_id", e.Device?.Reveal());
        End();
    }

    /// <summary>Writes an SMS.</summary>
    public void Write(in SmsEvent e)
    {
        Begin(EventSchema.JsonTypes.Sms, e.Id, e.Time);
        _json.WriteString("sender", e.Sender);
        _json.WriteString("receiver", e.Receiver);
        _json.WriteString("kind", EventSchema.ToText(e.Kind));
        WriteOptional("cell_id", e.CellId);
        WriteOptional("device_id", e.Device?.Reveal());
        End();
    }

    /// <summary>Writes a login.</summary>
    public void Write(in LoginEvent e)
    {
        Begin(EventSchema.JsonTypes.Login, e.Id, e.Time);
        _json.WriteString("account", e.Account);
        _json.WriteString("device_id", e.Device.Reveal());
        WriteOptional("ip", e.Ip?.Reveal());
        End();
    }

    /// <summary>Writes buffered lines to the stream.</summary>
    public void Flush()
    {
        _stream.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
        _stream.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Flush();
        _json.Dispose();
        _stream.Dispose();
    }

    private void Begin(string type, string id, DateTimeOffset time)
    {
        _json.WriteStartObject();
        _json.WriteString("type", type);
        _json.WriteString("id", id);
        Span<char> text = stackalloc char[40];
        time.TryFormat(text, out var written, TimeFormat, CultureInfo.InvariantCulture);
        _json.WriteString("time", text[..written]);
    }

    private void End()
    {
        _json.WriteEndObject();
        _json.Flush();
        _buffer.Write("\n"u8);
        _json.Reset(_buffer);
        Count++;
        if (_buffer.WrittenCount > 1 << 16)
        {
            _stream.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }
    }

    private void WriteOptional(string name, string? value)
    {
        if (value is null)
        {
            _json.WriteNull(name);
        }
        else
        {
            _json.WriteString(name, value);
        }
    }
}
