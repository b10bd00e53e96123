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
        // Implementation note: every line repeats these names, so the candidates are narrowed by
        // length and first letter before one comparison, instead of comparing with all 18.
        if (name.IsEmpty)
        {
            return -1;
        }

        var candidate = name.Length switch
        {
            2 => name[1] == 'd' ? JsonlProperty.Id : JsonlProperty.Ip,
            4 => name[0] switch
            {
                (byte)'t' => name[1] == 'y' ? JsonlProperty.Type : JsonlProperty.Time,
                (byte)'m' => JsonlProperty.Memo,
                _ => JsonlProperty.Kind,
            },
            5 => JsonlProperty.Debit,
            6 => name[0] == 's' ? JsonlProperty.Sender : name[1] == 'r' ? JsonlProperty.Credit : name[5] == 'r' ? JsonlProperty.Caller : JsonlProperty.Callee,
            7 => name[0] == 'a' ? JsonlProperty.Account : name[1] == 'h' ? JsonlProperty.Channel : JsonlProperty.CellId,
            8 => JsonlProperty.Receiver,
            9 => JsonlProperty.DeviceId,
            10 => name[0] == 'a' ? JsonlProperty.AmountFen : JsonlProperty.DurationS,
            _ => (JsonlProperty)(-1),
        };

        // The guess is confirmed by one comparison, so any other name is still rejected.
        return candidate >= 0 && name.SequenceEqual(Utf8Names[(int)candidate]) ? (int)candidate : -1;
    }

    private static readonly int[] Allowed =
    [
        0,
        Mask(Core.Events.EventSchema.TransactionColumns),
        Mask(Core.Events.EventSchema.CallColumns),
        Mask(Core.Events.EventSchema.SmsColumns),
        Mask(Core.Events.EventSchema.LoginColumns),
    ];

    /// <summary>Bit mask of the properties an event of <paramref name="kind"/> may have.</summary>
    public static int AllowedFor(IngestEventKind kind) => Allowed[(int)kind];

    private static int Mask(string[] columns) =>
        columns.Aggregate(1 << (int)JsonlProperty.Type, (mask, c) => Array.IndexOf(Names, c) is var i and >= 0
            ? mask | (1 << i)
            : throw new InvalidOperationException($"EventSchema column '{c}' has no JSON Lines property."));
}
