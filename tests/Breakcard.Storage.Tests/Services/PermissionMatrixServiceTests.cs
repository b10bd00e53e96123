using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Discipline;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Review;
using Breakcard.Cases.Services;
using Breakcard.Cases.Workflow;
using Breakcard.Legal.Control;
using Breakcard.Legal.Discipline;
using Breakcard.Storage.Tests.Infrastructure;

namespace Breakcard.Storage.Tests.Services;

/// <summary>
/// The permission matrix through the service layer: every operation × every user of the world
/// (every role at every kind of institution) × the caller's own institution's data and another
/// institution's. An operation must fail with <see cref="AccessDeniedException"/> exactly when
/// <see cref="AccessPolicy"/> denies it (any other outcome — success, a state conflict, bad
/// input — means the permission check let it through). The policy itself is checked against a
/// hand-written table in Breakcard.Cases.Tests.
/// </summary>
public abstract class PermissionMatrixServiceTests(IStoreFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly ReviewWorld EmptyWorld = new([], [], System.Collections.Immutable.ImmutableDictionary<string, DateOnly>.Empty,
        System.Collections.Immutable.ImmutableDictionary<string, int>.Empty, new DateOnly(2026, 11, 22), [], 0);

    private static readonly Operation[] HandsOver = [Operation.TransferToPolice, Operation.ReferForProsecution, Operation.Prosecute];

    private delegate Task Call(CaseSystem sys, Caller caller, Resources r);

    // Operations whose "other" case is expressible: they act on a record another institution owns.
    private static readonly (Operation Op, bool Other, Call Call)[] Calls =
    [
        (Operation.ManageUsers, true, (s, c, r) => s.Administration.ListUsersAsync(c, r.Institution, Ct)),
        (Operation.ManageInstitutions, true, (s, c, r) => s.Administration.AddInstitutionAsync(c,
            new Institution(r.Institution == c.InstitutionId ? c.InstitutionId : "new-" + Guid.NewGuid().ToString("N")[..8], "n", InstitutionKind.Platform, null), Ct)),
        (Operation.CreateClue, false, (s, c, r) => s.Clues.CreateAsync(c, ClueDraft.Manual(Samples.Card(11), null, null, null, "by hand"), Ct)),
        (Operation.ViewClue, true, (s, c, r) => s.Clues.GetAsync(c, r.ClueId, false, Ct)),
        (Operation.ListClues, false, (s, c, r) => s.Clues.ListAsync(c, null, 10, Ct)),
        (Operation.DismissClue, true, (s, c, r) => s.Clues.DismissAsync(c, r.ClueId, "noise", Ct)),
        (Operation.ShareClue, true, (s, c, r) => s.Clues.ShareAsync(c, r.ClueId, "police-b", [], "report", Ct)),
        (Operation.OpenCaseFromClue, true, (s, c, r) => s.Cases.OpenFromClueAsync(c, r.ClueId, null, Ct)),
        (Operation.OpenCase, false, (s, c, r) => s.Cases.OpenAsync(c, "by hand", Ct)),
        (Operation.ViewCase, true, (s, c, r) => s.Cases.GetAsync(c, r.CaseId, false, Ct)),
        (Operation.ListCases, false, (s, c, r) => s.Cases.ListAsync(c, null, 10, Ct)),
        (Operation.AssignCase, true, (s, c, r) => s.Cases.AssignAsync(c, r.CaseId, c.UserId, null, Ct)),
        (Operation.AddNote, true, (s, c, r) => s.Cases.AddItemAsync(c, r.CaseId, new NoteContent("n"), null, Ct)),
        (Operation.AddEvidence, true, (s, c, r) => s.Cases.AddItemAsync(c, r.CaseId, new PhoneContent(Samples.Phone(12), Legal.Facts.CardKind.PhoneCard, null, null, null), null, Ct)),
        (Operation.RecordCause, true, (s, c, r) => s.Cases.AddItemAsync(c, r.CaseId, new CauseContent(CauseCategory.Campus, "school", null), null, Ct)),
        (Operation.StartVerification, true, (s, c, r) => Step(s, c, r, CaseAction.StartVerification)),
        (Operation.ConfirmCase, true, (s, c, r) => Step(s, c, r, CaseAction.Confirm)),
        (Operation.DismissCase, true, (s, c, r) => Step(s, c, r, CaseAction.Dismiss)),
        (Operation.TransferToPolice, true, (s, c, r) => Step(s, c, r, CaseAction.TransferToPolice)),
        (Operation.ReferForProsecution, true, (s, c, r) => Step(s, c, r, CaseAction.ReferForProsecution)),
        (Operation.Prosecute, true, (s, c, r) => Step(s, c, r, CaseAction.Prosecute)),
        (Operation.Judge, true, (s, c, r) => Step(s, c, r, CaseAction.Judge)),
        (Operation.EvaluateCase, true, (s, c, r) => s.Cases.DeriveFactsAsync(c, r.CaseId, Ct)),
        (Operation.ReadAttachment, true, (s, c, r) => s.Cases.ReadAttachmentAsync(c, r.CaseId, r.FileItemId, Ct)),
        (Operation.ApplyControlMeasure, true, (s, c, r) => s.Measures.ApplyAsync(c, r.CaseId, c.InstitutionKind == InstitutionKind.Telecom ? r.PhoneItemId : r.CardItemId,
            ControlMeasureKind.ReVerifyIdentity, new HashSet<MeasureTrigger> { MeasureTrigger.AbnormalAccountOrSuspiciousTransaction, MeasureTrigger.AbnormalPhoneCard }, null, Ct)),
        (Operation.ApplyRestrictiveMeasure, true, (s, c, r) => s.Measures.ApplyAsync(c, r.CaseId, c.InstitutionKind == InstitutionKind.Telecom ? r.PhoneItemId : r.CardItemId,
            ControlMeasureKind.Suspend, new HashSet<MeasureTrigger> { MeasureTrigger.AbnormalAccountOrSuspiciousTransaction, MeasureTrigger.ReVerificationNotPassed }, null, Ct)),
        (Operation.RecordComplaint, true, (s, c, r) => s.Measures.RecordComplaintAsync(c, r.MeasureId, "I lent it to my cousin", null, Ct)),
        (Operation.ReleaseMeasure, true, (s, c, r) => s.Measures.ReleaseAsync(c, r.MeasureId, "verified", null, Ct)),
        (Operation.AddListing, false, (s, c, r) => s.Listings.AddAsync(c, new ListingDraft(Samples.Identity(20), null,
            c.InstitutionKind == InstitutionKind.Police ? ListingGround.IdentifiedCardOrAccountDealing : ListingGround.CriminallyPunishedForRelatedCrime,
            new DateOnly(2026, 1, 5), "decision 1"), Ct)),
        (Operation.CheckListing, false, (s, c, r) => s.Listings.CheckAsync(c, Samples.Identity(7), OnboardingService.NewBankAccount, null, Ct)),
        (Operation.ListListings, false, (s, c, r) => s.Listings.ListAsync(c, true, false, 50, Ct)),
        (Operation.ExpireListings, false, (s, c, r) => s.Listings.ExpireAsync(c, null, Ct)),
        (Operation.RecordObjection, true, (s, c, r) => s.Listings.ObjectAsync(c, r.ListingId, "not me", null, Ct)),
        (Operation.DecideObjection, true, (s, c, r) => s.Listings.DecideObjectionAsync(c, r.ListingId, true, "verified", null, Ct)),
        (Operation.ReviewDormantCards, false, (s, c, r) => s.Reviews.DormantAsync(c, EmptyWorld, null, 365, false, Ct)),
        (Operation.ReviewCorporateAccounts, false, (s, c, r) => s.Reviews.CorporateAsync(c, EmptyWorld, null, false, Ct)),
        (Operation.ReviewAddresses, false, (s, c, r) => Task.FromResult(s.Reviews.Addresses(c, EmptyWorld, 5))),
        (Operation.VerifyAudit, false, (s, c, r) => s.Audit.VerifyAsync(c, null, Ct)),
        (Operation.ReadAudit, false, (s, c, r) => s.Audit.EntriesAsync(c, 1, 10, Ct)),
    ];

    [Fact]
    public void Calls_CoverEveryOperationExceptRevealing()
    {
        // Revealing never throws: it decides masking, checked by Reveal_OwnCase_UnmasksExactlyWhatThePolicyAllows.
        Assert.Equal(Enum.GetValues<Operation>().Where(o => o != Operation.RevealPersonalData).Order(), Calls.Select(c => c.Op).Order());
    }

    [Fact]
    public async Task EveryOperation_EveryUser_OwnAndOther_DeniedExactlyWhenThePolicyDenies()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        await store.System.Administration.AddInstitutionAsync(world.Admin, new Institution("iso-bank", "Isolated bank", InstitutionKind.Bank, "ISO"), Ct);
        var other = await Resources.CreateAsync(store, "iso-bank");
        var mismatches = new List<string>();
        var checkedCalls = 0;
        var shared = new Dictionary<string, Resources>(StringComparer.Ordinal);
        // One institution of each kind ("-a") covers every role at every kind; "-b" duplicates add nothing.
        foreach (var caller in world.Callers.Where(c => c.InstitutionId.EndsWith("-a", StringComparison.Ordinal)).OrderBy(c => c.UserId, StringComparer.Ordinal))
        {
            foreach (var (op, hasOther, call) in Calls)
            {
                foreach (var relation in hasOther ? new[] { Relation.Own, Relation.Other } : [Relation.Own])
                {
                    // Own records are shared between calls except where a call can hand the case to
                    // another institution (which would change its relation for later calls).
                    var resources = relation == Relation.Other ? other
                        : HandsOver.Contains(op) ? await Resources.CreateAsync(store, caller.InstitutionId)
                        : shared.TryGetValue(caller.InstitutionId, out var r) ? r
                        : shared[caller.InstitutionId] = await Resources.CreateAsync(store, caller.InstitutionId);
                    var expectDenied = !AccessPolicy.IsAllowed(caller.Role, caller.InstitutionKind, op, relation);
                    var error = await Record.ExceptionAsync(() => call(store.System, caller, resources));
                    var denied = error is AccessDeniedException;
                    if (denied != expectDenied)
                    {
                        mismatches.Add($"{op} by {caller} on {relation}: expected {(expectDenied ? "denied" : "allowed")}, got {error?.GetType().Name ?? "success"}: {error?.Message}");
                    }

                    checkedCalls++;
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
        Assert.True(checkedCalls > 1500, $"{checkedCalls} calls");
    }

    [Fact]
    public async Task Reveal_OwnCase_UnmasksExactlyWhatThePolicyAllowsAndAuditsIt()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        foreach (var caller in world.Callers.Where(c => AccessPolicy.IsAllowed(c.Role, c.InstitutionKind, Operation.ViewCase, Relation.Own)))
        {
            var r = await Resources.CreateAsync(store, caller.InstitutionId);
            var before = await store.Store.ReadAsync(s => s.Audit.HeadAsync(), Ct);
            var view = await store.System.Cases.GetAsync(caller, r.CaseId, reveal: true, Ct);
            var expected = new[] { IdentifierKind.BankCard, IdentifierKind.Phone }.Where(k => MaskingPolicy.MayReveal(caller, k, Relation.Own)).ToArray();
            Assert.Equal(expected, view.Revealed.Select(x => x.Kind).Order().ToArray());
            var shown = view.Items.SelectMany(i => i.Fields).Where(f => f.Name == "number").Select(f => f.Value).ToList();
            Assert.Equal(expected.Contains(IdentifierKind.BankCard), shown.Contains(Samples.Card(6).Reveal()));
            Assert.Equal(expected.Contains(IdentifierKind.Phone), shown.Contains(Samples.Phone(6).Reveal()));
            var after = await store.Store.ReadAsync(s => s.Audit.HeadAsync(), Ct);
            Assert.Equal(before.Count + (expected.Length > 0 ? 1 : 0), after.Count);
        }
    }

    private static Task Step(CaseSystem s, Caller c, Resources r, CaseAction action) =>
        s.Cases.TransitionAsync(c, r.CaseId, action, new TransitionRequest(Reason: "matrix", ToInstitutionId: action switch
        {
            CaseAction.TransferToPolice => "police-b",
            CaseAction.ReferForProsecution => "proc-a",
            CaseAction.Prosecute => "court-a",
            _ => null,
        }, Judgment: action == CaseAction.Judge ? new JudgmentContent(new DateOnly(2026, 11, 1), JudgmentVerdict.Acquitted, null, null, null, null) : null), null, Ct);
}

public sealed class SqlitePermissionMatrixServiceTests(SqliteFixture fixture) : PermissionMatrixServiceTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresPermissionMatrixServiceTests(PostgresFixture fixture) : PermissionMatrixServiceTests(fixture), IClassFixture<PostgresFixture>;
