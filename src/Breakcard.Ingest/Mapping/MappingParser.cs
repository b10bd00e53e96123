using System.Text.Json;
using Breakcard.Core.Errors;
using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Mapping;

/// <summary>Reads and validates mapping JSON (format in docs/ingest.md). Comments and trailing commas are allowed.</summary>
internal static class MappingParser
{
    private static readonly string[] TopLevel = ["$schema", "description", "kind", "encoding", "delimiter", "header", "trim", "fields", "cash"];

    private static readonly Dictionary<IngestEventKind, (string[] Required, string[] Optional)> FieldsByKind = new()
    {
        [IngestEventKind.Transaction] = (["id", "time", "debit", "credit", "amount", "channel"], ["memo", "label"]),
        [IngestEventKind.Call] = (["id", "time", "caller", "callee", "duration"], ["cellId", "device", "label"]),
        [IngestEventKind.Sms] = (["id", "time", "sender", "receiver", "kind"], ["cellId", "device", "label"]),
        [IngestEventKind.Login] = (["id", "time", "account", "device"], ["ip", "label"]),
    };

    public static ColumnMapping Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException(new InputError(source, (ex.LineNumber ?? 0) + 1, null, "not valid JSON: " + FirstSentence(ex.Message)), ex);
        }

        using (document)
        {
            var root = new JsonNode(document.RootElement, "$", source).RequireObject(TopLevel);
            var kind = ParseKind(root.Require("kind", "say what each record is: transactions, calls, sms or logins"));
            var hasHeader = !root.TryGet("header", out var header) || header.GetBool();
            var (required, optional) = FieldsByKind[kind];
            var fields = root.Require("fields", "map each event field to a column").RequireObject([.. required, .. optional]);
            foreach (var name in required)
            {
                if (!fields.Has(name))
                {
                    throw fields.Error($"\"{name}\" is required for {KindText(kind)} (required: {string.Join(", ", required)})");
                }
            }

            var specs = new FieldSpecParser(hasHeader);
            var cash = root.TryGet("cash", out var cashNode) ? specs.Cash(cashNode, kind) : null;
            var mapping = new ColumnMapping(source, kind)
            {
                Description = root.TryGet("description", out var d) ? d.GetString() : null,
                EncodingName = root.TryGet("encoding", out var enc) ? enc.GetString().ToLowerInvariant() : "utf-8",
                Encoding = root.TryGet("encoding", out var e) ? ParseEncoding(e) : EncodingCatalog.Utf8,
                Delimiter = root.TryGet("delimiter", out var delimiter) ? ParseDelimiter(delimiter) : ',',
                HasHeader = hasHeader,
                Trim = !root.TryGet("trim", out var trim) || trim.GetBool(),
                Id = specs.Id(fields.Child("id")),
                Time = specs.Time(fields.Child("time")),
                Label = fields.TryGet("label", out var label) ? specs.Label(label) : null,
                Debit = Optional(fields, "debit", specs.Account),
                Credit = Optional(fields, "credit", specs.Account),
                Amount = Optional(fields, "amount", specs.Amount),
                Channel = Optional(fields, "channel", n => specs.Channel(n, cash)),
                Memo = Optional(fields, "memo", specs.Column),
                Cash = cash,
                Caller = Optional(fields, "caller", specs.Column),
                Callee = Optional(fields, "callee", specs.Column),
                Duration = Optional(fields, "duration", specs.Duration),
                Sender = Optional(fields, "sender", specs.Column),
                Receiver = Optional(fields, "receiver", specs.Column),
                SmsKind = Optional(fields, "kind", specs.SmsKind),
                Account = Optional(fields, "account", specs.Account),
                CellId = Optional(fields, "cellId", specs.Column),
                Device = Optional(fields, "device", specs.Column),
                Ip = Optional(fields, "ip", specs.Column),
            };
            if (cash is { Terminal.FromBank: true } && (mapping.Debit?.Bank is null || mapping.Credit?.Bank is null))
            {
                throw cashNode.Child("terminal").Child("bank").Error("needs debit and credit accounts composed of \"bank\" and \"account\" columns");
            }

            return mapping;
        }
    }

    internal static string KindText(IngestEventKind kind) => kind switch
    {
        IngestEventKind.Transaction => "transactions",
        IngestEventKind.Call => "calls",
        IngestEventKind.Sms => "sms",
        IngestEventKind.Login => "logins",
        _ => "none",
    };

    private static T? Optional<T>(JsonNode fields, string name, Func<JsonNode, T> parse) where T : class =>
        fields.TryGet(name, out var node) ? parse(node) : null;

    private static IngestEventKind ParseKind(JsonNode node) => node.GetString() switch
    {
        "transactions" => IngestEventKind.Transaction,
        "calls" => IngestEventKind.Call,
        "sms" => IngestEventKind.Sms,
        "logins" => IngestEventKind.Login,
        _ => throw node.Error("must be \"transactions\", \"calls\", \"sms\" or \"logins\""),
    };

    private static System.Text.Encoding ParseEncoding(JsonNode node) =>
        EncodingCatalog.TryGet(node.GetString(), out var encoding)
            ? encoding!
            : throw node.Error($"unknown encoding (supported: {string.Join(", ", EncodingCatalog.Names)})");

    private static char ParseDelimiter(JsonNode node)
    {
        var text = node.GetString();
        // ASCII only: the validation pass finds record ends in raw bytes, where only an ASCII
        // delimiter is one byte in every supported encoding.
        return text.Length == 1 && (text[0] == '\t' || (text[0] is > ' ' and < '\x7f' and not '"' && !char.IsAsciiLetterOrDigit(text[0])))
            ? text[0]
            : throw node.Error("must be one ASCII character other than a quote, a letter, a digit or a line break (\",\", \";\", \"\\t\", \"|\")");
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message;
    }
}
