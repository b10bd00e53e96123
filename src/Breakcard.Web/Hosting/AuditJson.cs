using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Breakcard.Web;

/// <summary>The compact JSON details of the web host's own audit entries (the same shape the case service layer writes). Callers pass masked values only.</summary>
internal static class AuditJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(params (string Name, object? Value)[] properties)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            foreach (var (name, value) in properties)
            {
                switch (value)
                {
                    case null:
                        w.WriteNull(name);
                        break;
                    case string s:
                        w.WriteString(name, s);
                        break;
                    case int i:
                        w.WriteNumber(name, i);
                        break;
                    case long l:
                        w.WriteNumber(name, l);
                        break;
                    case double d:
                        w.WriteNumber(name, d);
                        break;
                    case bool b:
                        w.WriteBoolean(name, b);
                        break;
                    default:
                        w.WriteString(name, value.ToString());
                        break;
                }
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
