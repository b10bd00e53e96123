using Breakcard.Cases.Storage;
using Breakcard.Storage.Internal;

namespace Breakcard.Storage.Repositories;

internal sealed class AttachmentRepository(Db db) : IAttachmentRepository
{
    public async Task<bool> PutAsync(string sha256, ReadOnlyMemory<byte> content, DateTimeOffset at)
    {
        var rows = await db.ExecuteAsync(
            "INSERT INTO attachments (sha256, size, content, stored_at) VALUES (@sha, @size, @content, @at) ON CONFLICT (sha256) DO NOTHING",
            ("sha", sha256), ("size", (long)content.Length), ("content", content.ToArray()), ("at", at)).ConfigureAwait(false);
        return rows == 1;
    }

    public async Task<byte[]?> GetAsync(string sha256) =>
        (await db.QueryAsync("SELECT content FROM attachments WHERE sha256 = @sha", r => r.Bytes("content"), ("sha", sha256)).ConfigureAwait(false)).FirstOrDefault();
}
