namespace Breakcard.Ingest;

/// <summary>Which Core event an <see cref="EventReader"/> is positioned on.</summary>
public enum IngestEventKind
{
    /// <summary>No event: before the first <see cref="EventReader.Read"/> or after the end.</summary>
    None = 0,

    /// <summary>A <see cref="Core.Events.TransactionEvent"/>.</summary>
    Transaction,

    /// <summary>A <see cref="Core.Events.CallEvent"/>.</summary>
    Call,

    /// <summary>A <see cref="Core.Events.SmsEvent"/>.</summary>
    Sms,

    /// <summary>A <see cref="Core.Events.LoginEvent"/>.</summary>
    Login,
}
