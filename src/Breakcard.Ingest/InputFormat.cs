namespace Breakcard.Ingest;

/// <summary>The formats <see cref="EventReaders"/> can read without a mapping.</summary>
public enum InputFormat
{
    /// <summary>Breakcard's transactions.csv.</summary>
    Transactions = 1,

    /// <summary>Breakcard's calls.csv.</summary>
    Calls,

    /// <summary>Breakcard's sms.csv.</summary>
    Sms,

    /// <summary>Breakcard's logins.csv.</summary>
    Logins,

    /// <summary>Breakcard's events.jsonl (every event kind, one JSON object per line).</summary>
    Jsonl,

    /// <summary>An ISO 20022 pacs.008 FI-to-FI customer credit transfer message (XML).</summary>
    Pacs008,
}
