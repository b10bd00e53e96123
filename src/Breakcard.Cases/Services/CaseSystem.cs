using Breakcard.Cases.Storage;

namespace Breakcard.Cases.Services;

/// <summary>
/// The case system's service layer: one object per store, hosted the same way by the CLI and the
/// web API. Every operation takes an explicit <see cref="Identity.Caller"/> and enforces the
/// access policy, masking and auditing itself. Thread safe (each call runs in its own transaction).
/// </summary>
public sealed class CaseSystem
{
    /// <summary>Creates the services over <paramref name="store"/> with processing time from <paramref name="time"/>.</summary>
    public CaseSystem(ICaseStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var context = new ServiceContext(store, time);
        Store = store;
        Administration = new AdministrationService(context);
        Clues = new ClueService(context);
        Cases = new CaseService(context);
        Measures = new MeasureService(context);
        Listings = new ListingService(context);
        Reviews = new ReviewService(context);
        Audit = new AuditService(context);
    }

    /// <summary>The store.</summary>
    public ICaseStore Store { get; }

    /// <summary>Institutions, users, callers.</summary>
    public AdministrationService Administration { get; }

    /// <summary>Clues and clue sharing.</summary>
    public ClueService Clues { get; }

    /// <summary>Cases, evidence, workflow, evaluation.</summary>
    public CaseService Cases { get; }

    /// <summary>Control measures.</summary>
    public MeasureService Measures { get; }

    /// <summary>The disciplinary list.</summary>
    public ListingService Listings { get; }

    /// <summary>Review lists.</summary>
    public ReviewService Reviews { get; }

    /// <summary>The audit log.</summary>
    public AuditService Audit { get; }
}
