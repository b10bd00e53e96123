namespace Breakcard.Ingest.Jsonl;

/// <summary>The properties of Breakcard's events.jsonl schema (the CSV column names plus "type").</summary>
internal enum JsonlProperty
{
    Type,
    Id,
    Time,
    Debit,
    Credit,
    AmountFen,
    Channel,
    Memo,
    Caller,
    Callee,
    DurationS,
    CellId,
    DeviceId,
    Sender,
    Receiver,
    Kind,
    Account,
    Ip,
}

/// <summary>Names and per-type membership of <see cref="JsonlProperty"/>, from <see cref="Core.Events.EventSchema"/>.</summary>
internal static class JsonlProperties
{
    public const int Count = 18;

    private static readonly string[] Names =
    [
        "type", "id", "time", "debit", "credit", "amount_fen", "channel", "memo", "caller", "callee",
        "duration_s", "cell_id", "device_id", "sender", "receiver", "kind", "account", "ip",
    ];

    private static readonly byte[][] Utf8Names = [.. Names.Select(System.Text.Encoding.UTF8.GetBytes)];

    public static string NameOf(JsonlProperty p) => Names[(int)p];

    /// <summary>The property whose UTF-8 name is <paramref name="name"/>, or -1.</summary>
    public static int Find(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < Utf8Names.Length; i++)
        {
            if (name.SequenceEqual(Utf8Names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Bit mask of the properties an event of <paramref name="kind"/> may have.</summary>
    public static int AllowedFor(IngestEventKind kind) => kind switch
    {
        IngestEventKind.Transaction => Mask(Core.Events.EventSchema.TransactionColumns),
        IngestEventKind.Call => Mask(Core.Events.EventSchema.CallColumns),
        IngestEventKind.Sms => Mask(Core.Events.EventSchema.SmsColumns),
        IngestEventKind.Login => Mask(Core.Events.EventSchema.LoginColumns),
        _ => 0,
    };

    private static int Mask(string[] columns) =>
        columns.Aggregate(1 << (int)JsonlProperty.Type, (mask, c) => Array.IndexOf(Names, c) is var i and >= 0
            ? mask | (1 << i)
            : throw new InvalidOperationException($"EventSchema column '{c}' has no JSON Lines property."));
}
