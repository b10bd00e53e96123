using System.Diagnostics.CodeAnalysis;

namespace Breakcard.Core.Events;

/// <summary>
/// Names of Breakcard's own file schema (docs/data-format.md): file names, column names and the
/// text forms of enumerations. The simulator writes this schema and the ingest readers read it;
/// both use these constants so the two cannot drift apart.
/// </summary>
public static class EventSchema
{
    /// <summary>Format of every timestamp: ISO 8601 with seconds and UTC offset.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    /// <summary>Format of every date.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Transactions CSV file name.</summary>
    public const string TransactionsCsv = "transactions.csv";

    /// <summary>Calls CSV file name.</summary>
    public const string CallsCsv = "calls.csv";

    /// <summary>SMS CSV file name.</summary>
    public const string SmsCsv = "sms.csv";

    /// <summary>Logins CSV file name.</summary>
    public const string LoginsCsv = "logins.csv";

    /// <summary>All events of every kind, interleaved in event-time order, one JSON object per line.</summary>
    public const string EventsJsonl = "events.jsonl";

    /// <summary>Columns of transactions.csv (also the JSON property names).</summary>
    public static readonly string[] TransactionColumns = ["id", "time", "debit", "credit", "amount_fen", "channel", "memo"];

    /// <summary>Columns of calls.csv.</summary>
    public static readonly string[] CallColumns = ["id", "time", "caller", "callee", "duration_s", "cell_id", "device_id"];

    /// <summary>Columns of sms.csv.</summary>
    public static readonly string[] SmsColumns = ["id", "time", "sender", "receiver", "kind", "cell_id", "device_id"];

    /// <summary>Columns of logins.csv.</summary>
    public static readonly string[] LoginColumns = ["id", "time", "account", "device_id", "ip"];

    /// <summary>Value of the "type" property of each events.jsonl line.</summary>
    public static class JsonTypes
    {
        /// <summary>A <see cref="TransactionEvent"/>.</summary>
        public const string Transaction = "transaction";

        /// <summary>A <see cref="CallEvent"/>.</summary>
        public const string Call = "call";

        /// <summary>An <see cref="SmsEvent"/>.</summary>
        public const string Sms = "sms";

        /// <summary>A <see cref="LoginEvent"/>.</summary>
        public const string Login = "login";
    }

    /// <summary>Text form of a channel: transfer, atm_cash, pos, third_party, counter.</summary>
    public static string ToText(Channel channel) => channel switch
    {
        Channel.Transfer => "transfer",
        Channel.AtmCash => "atm_cash",
        Channel.Pos => "pos",
        Channel.ThirdPartyPayment => "third_party",
        Channel.Counter => "counter",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>Parses the text form of a channel (case-insensitive).</summary>
    public static bool TryParseChannel(ReadOnlySpan<char> text, out Channel channel)
    {
        channel = text switch
        {
            _ when text.Equals("transfer", StringComparison.OrdinalIgnoreCase) => Channel.Transfer,
            _ when text.Equals("atm_cash", StringComparison.OrdinalIgnoreCase) => Channel.AtmCash,
            _ when text.Equals("pos", StringComparison.OrdinalIgnoreCase) => Channel.Pos,
            _ when text.Equals("third_party", StringComparison.OrdinalIgnoreCase) => Channel.ThirdPartyPayment,
            _ when text.Equals("counter", StringComparison.OrdinalIgnoreCase) => Channel.Counter,
            _ => 0,
        };
        return channel != 0;
    }

    /// <summary>Text form of an SMS kind: personal, verification_code, notification.</summary>
    public static string ToText(SmsKind kind) => kind switch
    {
        SmsKind.Personal => "personal",
        SmsKind.VerificationCode => "verification_code",
        SmsKind.Notification => "notification",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Parses the text form of an SMS kind (case-insensitive).</summary>
    public static bool TryParseSmsKind(ReadOnlySpan<char> text, out SmsKind kind)
    {
        kind = text switch
        {
            _ when text.Equals("personal", StringComparison.OrdinalIgnoreCase) => SmsKind.Personal,
            _ when text.Equals("verification_code", StringComparison.OrdinalIgnoreCase) => SmsKind.VerificationCode,
            _ when text.Equals("notification", StringComparison.OrdinalIgnoreCase) => SmsKind.Notification,
            _ => 0,
        };
        return kind != 0;
    }

    /// <summary>
    /// snake_case text of any enumeration value (for example <c>ThirdPartyPayment</c> →
    /// "third_party_payment"), used for entity files and ground truth.
    /// </summary>
    public static string Snake<TEnum>(TEnum value) where TEnum : struct, Enum => SnakeCase.Of(value.ToString());

    /// <summary>Parses the snake_case text of an enumeration value (case-insensitive).</summary>
    public static bool TryParseSnake<TEnum>(ReadOnlySpan<char> text, [NotNullWhen(true)] out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (text.Equals(SnakeCase.Of(candidate.ToString()), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }
}
