using Breakcard.Cases.Access;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Review;
using Breakcard.Cases.Storage;
using Breakcard.Cases.Views;
using Breakcard.Core.Events;

namespace Breakcard.Cases.Services;

/// <summary>
/// The review lists of source paper 4.4, scoped by institution: a bank reviews its own
/// customers' dormant cards and corporate accounts (accounts whose bank code is the
/// institution's); addresses hosting many companies come from the public register. Account
/// numbers are masked unless revealed (audited).
/// </summary>
public sealed class ReviewService
{
    private readonly ServiceContext _context;

    internal ReviewService(ServiceContext context) => _context = context;

    /// <summary>The caller's bank's dormant personal cards idle at least <paramref name="idleDays"/> on <paramref name="asOf"/> (the data's last day when null).</summary>
    public Task<IReadOnlyList<DormantCardView>> DormantAsync(Caller caller, ReviewWorld world, DateOnly? asOf, int idleDays, bool reveal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(world);
        Guard.Require(caller, Operation.ReviewDormantCards, Relation.Own);
        if (idleDays < 1)
        {
            throw Guard.Invalid("idle_days", "must be at least 1");
        }

        return RunAsync<DormantCardView>(caller, reveal, "review.dormant", (bankCode, revealer) =>
        {
            var show = revealer.For("review:dormant", Relation.Own);
            var day = asOf ?? world.DataEnd;
            return [.. DormantCardReview.Find(world, a => a.BankCode == bankCode, day, idleDays).Select(d => new DormantCardView(
                Show(d.Account.AccountNumber, show), d.Account.Card is { } card ? show(Identifier.Parse(IdentifierKind.BankCard, card.Reveal())) : null,
                EventSchema.Snake(d.Account.Class), d.Account.HolderId, d.Account.Opened, d.LastActivity, d.IdleDays, d.NeverUsed, EventSchema.Snake(d.Account.Status)))];
        }, cancellationToken);
    }

    /// <summary>The caller's bank's corporate accounts ranked for annual inspection on <paramref name="asOf"/> (the data's last day when null).</summary>
    public Task<IReadOnlyList<InspectionView>> CorporateAsync(Caller caller, ReviewWorld world, DateOnly? asOf, bool reveal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(world);
        Guard.Require(caller, Operation.ReviewCorporateAccounts, Relation.Own);
        return RunAsync<InspectionView>(caller, reveal, "review.corporate", (bankCode, revealer) =>
        {
            var show = revealer.For("review:corporate", Relation.Own);
            var ranked = CorporateInspection.Rank(world, a => a.BankCode == bankCode, asOf ?? world.DataEnd);
            return [.. ranked.Select((i, n) => new InspectionView(n + 1, Show(i.Account.AccountNumber, show), i.Account.HolderId, i.Company?.Name,
                i.Company is { } c ? EventSchema.Snake(c.Status) : null, i.Score, i.Reasons, i.CompaniesAtAddress, i.MonitoringRisk))];
        }, cancellationToken);
    }

    /// <summary>Addresses with at least <paramref name="minimum"/> companies (register data; not scoped).</summary>
    public IReadOnlyList<AddressCluster> Addresses(Caller caller, ReviewWorld world, int minimum)
    {
        ArgumentNullException.ThrowIfNull(world);
        Guard.Require(caller, Operation.ReviewAddresses, Relation.Own);
        return minimum < 2 ? throw Guard.Invalid("min_companies", "must be at least 2") : AddressConcentration.Find(world, minimum);
    }

    private async Task<IReadOnlyList<T>> RunAsync<T>(Caller caller, bool reveal, string subject, Func<string, Revealer, IReadOnlyList<T>> work, CancellationToken cancellationToken)
    {
        async Task<IReadOnlyList<T>> Work(IStoreSession s)
        {
            var institution = await s.Directory.GetInstitutionAsync(caller.InstitutionId).ConfigureAwait(false)
                ?? throw new Errors.NotFoundException("institution", caller.InstitutionId);
            var bankCode = institution.BankCode
                ?? throw Guard.Invalid("institution", $"'{institution.Id}' has no bank code, so its customers' accounts cannot be told apart; an administrator sets it");
            var revealer = new Revealer(caller, reveal);
            var rows = work(bankCode, revealer);
            await AuditWriter.RevealedAsync(s, caller, subject, revealer.Revealed, _context.Now).ConfigureAwait(false);
            return rows;
        }

        return reveal
            ? await _context.Store.WriteAsync(Work, cancellationToken).ConfigureAwait(false)
            : await _context.Store.ReadAsync(Work, cancellationToken).ConfigureAwait(false);
    }

    private static string Show(string account, Func<Identifier, string> show) =>
        Identifier.TryParseAccount(account, out var id, out _) ? show(id) : Core.Identifiers.Masking.KeepEnds(account, 4, 4);
}
