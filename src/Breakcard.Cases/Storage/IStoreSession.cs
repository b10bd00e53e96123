namespace Breakcard.Cases.Storage;

/// <summary>One transaction's view of the store, by area. Not thread safe: one session, one caller.</summary>
public interface IStoreSession
{
    /// <summary>The cancellation token of the transaction.</summary>
    CancellationToken Cancellation { get; }

    /// <summary>Institutions and users.</summary>
    IDirectoryRepository Directory { get; }

    /// <summary>Clues.</summary>
    IClueRepository Clues { get; }

    /// <summary>Shares between institutions.</summary>
    IShareRepository Shares { get; }

    /// <summary>Cases, their items and timelines.</summary>
    ICaseRepository Cases { get; }

    /// <summary>Attached files by content hash.</summary>
    IAttachmentRepository Attachments { get; }

    /// <summary>Control measures.</summary>
    IMeasureRepository Measures { get; }

    /// <summary>Disciplinary listings and objections.</summary>
    IListingRepository Listings { get; }

    /// <summary>The audit log.</summary>
    IAuditRepository Audit { get; }

    /// <summary>The next number of the named counter ("case", "clue", …), from 1; never reused, even after a rollback it may skip.</summary>
    Task<long> NextNumberAsync(string counter);
}
