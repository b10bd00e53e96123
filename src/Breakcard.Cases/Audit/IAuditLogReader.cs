namespace Breakcard.Cases.Audit;

/// <summary>Read access to a stored audit log, for verification.</summary>
public interface IAuditLogReader
{
    /// <summary>Every entry in ascending sequence order, streamed.</summary>
    IAsyncEnumerable<AuditEntry> ReadAllAsync(CancellationToken cancellationToken);

    /// <summary>The entry whose stored hash is <paramref name="hash"/>, or null.</summary>
    Task<AuditEntry?> FindByHashAsync(string hash, CancellationToken cancellationToken);
}
