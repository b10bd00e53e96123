using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;
using Breakcard.Core;

namespace Breakcard.Storage.Json;

/// <summary>
/// How structured columns (case item content, clue and measure bodies) are written: snake_case
/// names and enum values, money as integer fen, identifiers as their kind and full value (this is
/// the system of record; masking happens when records are shown).
/// </summary>
internal static class StoreJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T ReadRequired<T>(string json, string where) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"{where}: stored JSON is null");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.Converters.Add(new IdentifierConverter());
        options.Converters.Add(new MoneyConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class IdentifierConverter : JsonConverter<Identifier>
    {
        public override Identifier Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("an identifier is an object with kind and value");
            }

            IdentifierKind? kind = null;
            string? value = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                if (name == "kind")
                {
                    kind = JsonSerializer.Deserialize<IdentifierKind>(ref reader, options);
                }
                else if (name == "value")
                {
                    value = reader.GetString();
                }
            }

            if (kind is null || value is null)
            {
                throw new JsonException("an identifier needs kind and value");
            }

            return Identifier.TryParse(kind.Value, value, out var id, out var error) ? id : throw new JsonException($"stored {Identifier.Describe(kind.Value)} invalid: {error}");
        }

        public override void Write(Utf8JsonWriter writer, Identifier value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("kind");
            JsonSerializer.Serialize(writer, value.Kind, options);
            writer.WriteString("value", value.Reveal());
            writer.WriteEndObject();
        }
    }

    private sealed class MoneyConverter : JsonConverter<Money>
    {
        public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Money.FromFen(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Fen);
    }
}
