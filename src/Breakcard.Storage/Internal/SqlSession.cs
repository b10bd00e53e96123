using Breakcard.Cases.Storage;
using Breakcard.Storage.Repositories;

namespace Breakcard.Storage.Internal;

/// <summary>The repositories of one transaction.</summary>
internal sealed class SqlSession(Db db) : IStoreSession
{
    public Db Db { get; } = db;

    public CancellationToken Cancellation => Db.Cancellation;

    public IDirectoryRepository Directory { get; } = new DirectoryRepository(db);

    public IClueRepository Clues { get; } = new ClueRepository(db);

    public IShareRepository Shares { get; } = new ShareRepository(db);

    public ICaseRepository Cases { get; } = new CaseRepository(db);

    public IAttachmentRepository Attachments { get; } = new AttachmentRepository(db);

    public IMeasureRepository Measures { get; } = new MeasureRepository(db);

    public IListingRepository Listings { get; } = new ListingRepository(db);

    public IAuditRepository Audit { get; } = new AuditRepository(db);

    public async Task<long> NextNumberAsync(string counter)
    {
        var value = await Db.ScalarAsync(
            "INSERT INTO counters (name, value) VALUES (@name, 1) ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 RETURNING value",
            ("name", counter)).ConfigureAwait(false);
        return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
