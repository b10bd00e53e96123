using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Breakcard.Cases.Services;

/// <summary>
/// Compact JSON for audit details. Only masked identifiers, ids and codes go in: the log is read
/// by auditors, who never see personal data unmasked.
/// </summary>
internal static class AuditDetails
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An object of the given properties; values may be strings, numbers, booleans, null or string lists.</summary>
    public static string Of(params (string Name, object? Value)[] properties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                w.WritePropertyName(name);
                Write(w, value);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNullValue();
                break;
            case string s:
                w.WriteStringValue(s);
                break;
            case bool b:
                w.WriteBooleanValue(b);
                break;
            case int i:
                w.WriteNumberValue(i);
                break;
            case long l:
                w.WriteNumberValue(l);
                break;
            case IEnumerable<string> list:
                w.WriteStartArray();
                foreach (var s in list)
                {
                    w.WriteStringValue(s);
                }

                w.WriteEndArray();
                break;
            case IEnumerable<(string Name, object? Value)[]> objects:
                w.WriteStartArray();
                foreach (var o in objects)
                {
                    w.WriteStartObject();
                    foreach (var (name, v) in o)
                    {
                        w.WritePropertyName(name);
                        Write(w, v);
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            default:
                w.WriteStringValue(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
