namespace Breakcard.Cases.Storage;

/// <summary>File contents addressed by their SHA-256: stored once however often attached.</summary>
public interface IAttachmentRepository
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="sha256"/> unless already there; true when it was new.</summary>
    Task<bool> PutAsync(string sha256, ReadOnlyMemory<byte> content, DateTimeOffset at);

    /// <summary>The stored content, or null. Callers check it against the hash.</summary>
    Task<byte[]?> GetAsync(string sha256);
}
