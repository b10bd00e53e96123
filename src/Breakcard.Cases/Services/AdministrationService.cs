using Breakcard.Cases.Access;
using Breakcard.Cases.Audit;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Internal;
using Breakcard.Cases.Storage;

namespace Breakcard.Cases.Services;

/// <summary>
/// Institutions, users and who is calling. Administrators manage accounts of every institution
/// but have no access to case data; every change is audited.
/// </summary>
public sealed class AdministrationService
{
    /// <summary>The actor recorded for the store's own actions (initialisation, migrations).</summary>
    public const string SystemActor = "system";

    private readonly ServiceContext _context;

    internal AdministrationService(ServiceContext context) => _context = context;

    /// <summary>
    /// Sets up an empty store: its first institution and first administrator. Refused once any
    /// user exists, so it cannot be used to take over a store in use.
    /// </summary>
    public Task<User> InitializeAsync(Institution institution, User administrator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(institution);
        ArgumentNullException.ThrowIfNull(administrator);
        Validate(institution);
        if (administrator.Role != Role.Administrator)
        {
            throw Guard.Invalid("role", "the first user must be an administrator");
        }

        Validate(administrator, institution);
        return _context.Store.WriteAsync(async s =>
        {
            if (await s.Directory.CountUsersAsync().ConfigureAwait(false) > 0)
            {
                throw new StateConflictException("the store is already initialised: it has users; ask an administrator to add yours");
            }

            if (await s.Directory.GetInstitutionAsync(institution.Id).ConfigureAwait(false) is null)
            {
                await s.Directory.InsertInstitutionAsync(institution).ConfigureAwait(false);
            }

            await s.Directory.InsertUserAsync(administrator).ConfigureAwait(false);
            await s.Audit.AppendAsync(new AuditDraft(SystemActor, SystemActor, "admin.init", $"user:{administrator.Id}",
                AuditDetails.Of(("institution", institution.Id), ("kind", Names.Code(institution.Kind)))), _context.Now).ConfigureAwait(false);
            return administrator;
        }, cancellationToken);
    }

    /// <summary>
    /// The caller for a stored, active user. Hosts call this with the authenticated user id (the
    /// CLI with its --as option); it is the only way to obtain a <see cref="Caller"/> from the store.
    /// </summary>
    public Task<Caller> ResolveCallerAsync(string userId, CancellationToken cancellationToken) =>
        _context.Store.ReadAsync(async s =>
        {
            var user = await s.Directory.GetUserAsync(userId).ConfigureAwait(false) ?? throw new NotFoundException("user", userId);
            if (!user.Active)
            {
                throw new AccessDeniedException(userId, "the user is deactivated");
            }

            var institution = await s.Directory.GetInstitutionAsync(user.InstitutionId).ConfigureAwait(false)
                ?? throw new NotFoundException("institution", user.InstitutionId);
            return Caller.For(user, institution);
        }, cancellationToken);

    /// <summary>Registers an institution.</summary>
    public Task<Institution> AddInstitutionAsync(Caller caller, Institution institution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(institution);
        Guard.Require(caller, Operation.ManageInstitutions, institution.Id == caller.InstitutionId ? Relation.Own : Relation.Other);
        Validate(institution);
        return _context.Store.WriteAsync(async s =>
        {
            await s.Directory.InsertInstitutionAsync(institution).ConfigureAwait(false);
            await Audit(s, caller, "admin.institution.add", $"institution:{institution.Id}",
                AuditDetails.Of(("kind", Names.Code(institution.Kind)), ("bank_code", institution.BankCode))).ConfigureAwait(false);
            return institution;
        }, cancellationToken);
    }

    /// <summary>Every institution. Any user may list them (to choose whom to share with); they are not personal data.</summary>
    public Task<IReadOnlyList<Institution>> ListInstitutionsAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return _context.Store.ReadAsync(s => s.Directory.ListInstitutionsAsync(), cancellationToken);
    }

    /// <summary>Adds a user.</summary>
    public Task<User> AddUserAsync(Caller caller, User user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        Guard.Require(caller, Operation.ManageUsers, user.InstitutionId == caller.InstitutionId ? Relation.Own : Relation.Other);
        return _context.Store.WriteAsync(async s =>
        {
            var institution = await s.Directory.GetInstitutionAsync(user.InstitutionId).ConfigureAwait(false)
                ?? throw Guard.Invalid("institution", $"no institution '{user.InstitutionId}'");
            Validate(user, institution);
            await s.Directory.InsertUserAsync(user).ConfigureAwait(false);
            await Audit(s, caller, "admin.user.add", $"user:{user.Id}", AuditDetails.Of(("role", Names.Code(user.Role)))).ConfigureAwait(false);
            return user;
        }, cancellationToken);
    }

    /// <summary>Deactivates a user: it can no longer act; its past actions stay attributed to it.</summary>
    public Task<User> DeactivateUserAsync(Caller caller, string userId, CancellationToken cancellationToken) =>
        _context.Store.WriteAsync(async s =>
        {
            var user = await s.Directory.GetUserAsync(userId).ConfigureAwait(false) ?? throw new NotFoundException("user", userId);
            Guard.Require(caller, Operation.ManageUsers, user.InstitutionId == caller.InstitutionId ? Relation.Own : Relation.Other);
            if (user.Id == caller.UserId)
            {
                throw new StateConflictException("an administrator cannot deactivate itself");
            }

            var updated = user with { Active = false };
            await s.Directory.UpdateUserAsync(updated).ConfigureAwait(false);
            await Audit(s, caller, "admin.user.deactivate", $"user:{user.Id}", "{}").ConfigureAwait(false);
            return updated;
        }, cancellationToken);

    /// <summary>Users of one institution, or of all.</summary>
    public Task<IReadOnlyList<User>> ListUsersAsync(Caller caller, string? institutionId, CancellationToken cancellationToken)
    {
        Guard.Require(caller, Operation.ManageUsers, institutionId == caller.InstitutionId ? Relation.Own : Relation.Other);
        return _context.Store.ReadAsync(s => s.Directory.ListUsersAsync(institutionId), cancellationToken);
    }

    private Task Audit(IStoreSession s, Caller caller, string action, string subject, string details) =>
        s.Audit.AppendAsync(new AuditDraft(caller.UserId, caller.InstitutionId, action, subject, details), _context.Now);

    private static void Validate(Institution institution)
    {
        if (institution.Problem() is { } problem)
        {
            throw Guard.Invalid("institution", problem);
        }
    }

    private static void Validate(User user, Institution institution)
    {
        if (user.Problem(institution) is { } problem)
        {
            throw Guard.Invalid("user", problem);
        }
    }
}
