using System.Collections.Immutable;
using Breakcard.Cases.Access;
using Breakcard.Cases.Discipline;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Internal;
using Breakcard.Cases.Storage;
using Breakcard.Cases.Views;
using Breakcard.Legal.Discipline;

namespace Breakcard.Cases.Services;

/// <summary>
/// The joint disciplinary list (the "blacklist"): police organs list people they identified as
/// trading cards, courts list people they punished; institutions check an identity before
/// providing a service; the deciding body records objections and lifts listings it upholds.
/// Whether a listing restricts a service is always computed by <see cref="DisciplinaryRules"/>
/// from the identity's whole history. Checks and unmasked reads are audited.
/// </summary>
public sealed class ListingService
{
    private readonly ServiceContext _context;

    internal ListingService(ServiceContext context) => _context = context;

    /// <summary>Lists an identity.</summary>
    public Task<ListingView> AddAsync(Caller caller, ListingDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Guard.Require(caller, Operation.AddListing, Relation.Own);
        var allowed = caller.InstitutionKind == InstitutionKind.Police
            ? draft.Ground == ListingGround.IdentifiedCardOrAccountDealing
            : draft.Ground != ListingGround.IdentifiedCardOrAccountDealing;
        if (!allowed)
        {
            var who = DisciplinaryRules.Grounds.First(g => g.Ground == draft.Ground).DecidedBy;
            throw Guard.Deny(caller, Operation.AddListing, $"listing on the ground '{Names.Code(draft.Ground)}' rests on {who}, not on {Names.A(Names.Of(caller.InstitutionKind))}'s decision");
        }

        if (draft.IdentityNumber.Kind != IdentifierKind.IdentityNumber || draft.Name is { Kind: not IdentifierKind.PersonName })
        {
            throw Guard.Invalid("identity", "a listing names a resident identity number (and optionally a name)");
        }

        try
        {
            _ = new Listing(draft.Ground, draft.ListedOn);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw Guard.Invalid("listed_on", ex.Message.Split(" (Parameter", 2)[0]);
        }

        var reference = Guard.Text(draft.DecisionRef, "decision_ref", 100);
        return _context.Store.WriteAsync(async s =>
        {
            if (draft.CaseId is { } caseId)
            {
                var (_, _, relation) = await CaseService.LoadAsync(s, caller, caseId).ConfigureAwait(false);
                if (relation == Relation.Other)
                {
                    throw Guard.Invalid("case", $"case '{caseId}' is not one this institution holds or was given");
                }
            }

            var history = await s.Listings.OfIdentityAsync(draft.IdentityNumber).ConfigureAwait(false);
            if (history.Any(l => l.Ground == draft.Ground && l.ListedOn == draft.ListedOn))
            {
                throw new StateConflictException($"{draft.IdentityNumber.Masked} is already listed on that ground from {draft.ListedOn:yyyy-MM-dd}");
            }

            var now = _context.Now;
            var record = new ListingRecord(Ids.Format("DL", await s.NextNumberAsync("listing").ConfigureAwait(false)), draft.IdentityNumber, draft.Name, draft.Ground,
                draft.ListedOn, null, caller.InstitutionId, reference, draft.CaseId, null, now, caller.UserId, 1);
            await s.Listings.InsertAsync(record).ConfigureAwait(false);
            await AuditWriter.ChangeAsync(s, caller, "listing.add", $"listing:{record.Id}", AuditDetails.Of(
                ("identity", record.IdentityNumber.Masked), ("ground", Names.Code(record.Ground)), ("listed_on", Day(record.ListedOn)),
                ("decision_ref", reference), ("case", draft.CaseId)), now).ConfigureAwait(false);
            return View(record, [], new Revealer(caller, reveal: false), Relation.Own);
        }, cancellationToken);
    }

    /// <summary>
    /// May <paramref name="identityNumber"/> be given <paramref name="service"/> on
    /// <paramref name="date"/> (today when null)? Audited: the answer says whether a person is listed.
    /// </summary>
    public Task<ListingCheck> CheckAsync(Caller caller, Identifier identityNumber, OnboardingService service, DateOnly? date, CancellationToken cancellationToken)
    {
        Guard.Require(caller, Operation.CheckListing, Relation.Own);
        if (identityNumber.Kind != IdentifierKind.IdentityNumber)
        {
            throw Guard.Invalid("identity", "a check names a resident identity number");
        }

        var day = date ?? _context.Today;
        return _context.Store.WriteAsync(async s =>
        {
            var history = await s.Listings.OfIdentityAsync(identityNumber).ConfigureAwait(false);
            var answer = DisciplinaryRules.MayProvide(history.Select(l => l.ToListing()), service, day);
            await AuditWriter.ChangeAsync(s, caller, "listing.check", $"identity:{identityNumber.Masked}", AuditDetails.Of(
                ("service", Names.Code(service)), ("date", Day(day)), ("decision", Names.Code(answer.Decision)), ("listings", history.Count)), _context.Now).ConfigureAwait(false);
            return new ListingCheck(identityNumber.Masked, service, day, answer, [.. history.Select(l => l.Id)]);
        }, cancellationToken);
    }

    /// <summary>Listings the caller may see, newest first; with <paramref name="reveal"/>, identities its institution decided are unmasked (audited).</summary>
    public Task<IReadOnlyList<ListingView>> ListAsync(Caller caller, bool includeExpired, bool reveal, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        Guard.Require(caller, Operation.ListListings, Relation.Own);
        async Task<IReadOnlyList<ListingView>> Work(IStoreSession s)
        {
            var revealer = new Revealer(caller, reveal);
            var views = new List<ListingView>();
            foreach (var l in await s.Listings.ListAsync(null, includeExpired, Math.Clamp(limit, 1, 10_000)).ConfigureAwait(false))
            {
                var relation = l.DecidedByInstitutionId == caller.InstitutionId ? Relation.Own : Relation.Other;
                if (AccessPolicy.IsAllowed(caller.Role, caller.InstitutionKind, Operation.ListListings, relation))
                {
                    views.Add(View(l, await s.Listings.ObjectionsAsync(l.Id).ConfigureAwait(false), revealer, relation));
                }
            }

            await AuditWriter.RevealedAsync(s, caller, "listings", revealer.Revealed, _context.Now).ConfigureAwait(false);
            return views;
        }

        return reveal ? _context.Store.WriteAsync(Work, cancellationToken) : _context.Store.ReadAsync(Work, cancellationToken);
    }

    /// <summary>
    /// Marks the caller's institution's listings whose own period ended before <paramref name="date"/>
    /// as expired and returns them. Informational: checks never depend on the mark.
    /// </summary>
    public Task<IReadOnlyList<ListingView>> ExpireAsync(Caller caller, DateOnly? date, CancellationToken cancellationToken)
    {
        Guard.Require(caller, Operation.ExpireListings, Relation.Own);
        var day = date ?? _context.Today;
        return _context.Store.WriteAsync<IReadOnlyList<ListingView>>(async s =>
        {
            var expired = new List<ListingView>();
            foreach (var l in await s.Listings.ListAsync(caller.InstitutionId, includeExpired: false, int.MaxValue).ConfigureAwait(false))
            {
                if (l.LastDay < day)
                {
                    var updated = l with { ExpiredOn = l.LastDay.AddDays(1), Version = l.Version + 1 };
                    await s.Listings.UpdateAsync(updated, l.Version).ConfigureAwait(false);
                    await AuditWriter.ChangeAsync(s, caller, "listing.expire", $"listing:{l.Id}", AuditDetails.Of(("expired_on", Day(updated.ExpiredOn!.Value))), _context.Now).ConfigureAwait(false);
                    expired.Add(View(updated, await s.Listings.ObjectionsAsync(l.Id).ConfigureAwait(false), new Revealer(caller, false), Relation.Own));
                }
            }

            return expired;
        }, cancellationToken);
    }

    /// <summary>Records an objection to a listing the caller's institution decided.</summary>
    public Task<ListingView> ObjectAsync(Caller caller, string listingId, string grounds, DateOnly? filedOn, CancellationToken cancellationToken)
    {
        var text = Guard.Text(grounds, "grounds", 2000);
        return _context.Store.WriteAsync(async s =>
        {
            var listing = await OwnListingAsync(s, caller, listingId, Operation.RecordObjection).ConfigureAwait(false);
            var objections = await s.Listings.ObjectionsAsync(listing.Id).ConfigureAwait(false);
            if (objections.FirstOrDefault(o => o.Status == ObjectionStatus.Pending) is { } pending)
            {
                throw new StateConflictException($"listing '{listing.Id}' already has a pending objection ({pending.Id}); decide it first");
            }

            var day = filedOn ?? _context.Today;
            if (day < listing.ListedOn)
            {
                throw Guard.Invalid("filed_on", "an objection cannot come before the listing took effect");
            }

            var objection = new ObjectionRecord(Ids.Format("OB", await s.NextNumberAsync("objection").ConfigureAwait(false)), listing.Id, day, text,
                ObjectionStatus.Pending, null, null, caller.UserId, null, 1);
            await s.Listings.InsertObjectionAsync(objection).ConfigureAwait(false);
            await AuditWriter.ChangeAsync(s, caller, "listing.objection", $"listing:{listing.Id}", AuditDetails.Of(("objection", objection.Id), ("filed_on", Day(day))), _context.Now).ConfigureAwait(false);
            return View(listing, [.. objections, objection], new Revealer(caller, false), Relation.Own);
        }, cancellationToken);
    }

    /// <summary>Decides the pending objection to a listing; when upheld the listing is lifted from <paramref name="decidedOn"/>.</summary>
    public Task<ListingView> DecideObjectionAsync(Caller caller, string listingId, bool upheld, string reason, DateOnly? decidedOn, CancellationToken cancellationToken)
    {
        var why = Guard.Text(reason, "reason", 2000);
        return _context.Store.WriteAsync(async s =>
        {
            var listing = await OwnListingAsync(s, caller, listingId, Operation.DecideObjection).ConfigureAwait(false);
            var objections = (await s.Listings.ObjectionsAsync(listing.Id).ConfigureAwait(false)).ToList();
            var pending = objections.FirstOrDefault(o => o.Status == ObjectionStatus.Pending)
                ?? throw new StateConflictException($"listing '{listing.Id}' has no pending objection");
            var day = decidedOn ?? _context.Today;
            if (day < pending.FiledOn)
            {
                throw Guard.Invalid("decided_on", "an objection cannot be decided before it was filed");
            }

            var decided = pending with
            {
                Status = upheld ? ObjectionStatus.Upheld : ObjectionStatus.Rejected,
                DecidedOn = day,
                DecisionReason = why,
                DecidedBy = caller.UserId,
                Version = pending.Version + 1,
            };
            await s.Listings.UpdateObjectionAsync(decided, pending.Version).ConfigureAwait(false);
            objections[objections.IndexOf(pending)] = decided;
            if (upheld)
            {
                var lifted = listing with { LiftedOn = day, Version = listing.Version + 1 };
                await s.Listings.UpdateAsync(lifted, listing.Version).ConfigureAwait(false);
                listing = lifted;
            }

            await AuditWriter.ChangeAsync(s, caller, "listing.objection.decide", $"listing:{listing.Id}", AuditDetails.Of(
                ("objection", pending.Id), ("upheld", upheld), ("decided_on", Day(day))), _context.Now).ConfigureAwait(false);
            return View(listing, objections, new Revealer(caller, false), Relation.Own);
        }, cancellationToken);
    }

    private static async Task<ListingRecord> OwnListingAsync(IStoreSession s, Caller caller, string listingId, Operation operation)
    {
        var listing = await s.Listings.GetAsync(listingId).ConfigureAwait(false) ?? throw new NotFoundException("listing", listingId);
        Guard.Require(caller, operation, listing.DecidedByInstitutionId == caller.InstitutionId ? Relation.Own : Relation.Other);
        return listing;
    }

    private static ListingView View(ListingRecord l, IReadOnlyList<ObjectionRecord> objections, Revealer revealer, Relation relation)
    {
        var show = revealer.For(l.Id, relation);
        return new ListingView(l.Id, show(l.IdentityNumber), l.Name is { } n ? show(n) : null, l.Ground, l.ListedOn, l.LastDay, l.LiftedOn,
            l.DecidedByInstitutionId, l.DecisionRef, l.CaseId, l.ExpiredOn, [.. objections], l.Version);
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
