namespace Breakcard.Cases.Identity;

/// <summary>
/// Who is calling a service operation: the user, their role and their institution. Every operation
/// of the service layer takes one and enforces permissions itself, so the CLI and the web host get
/// the same rules. Build it from a stored user with <see cref="Services.AdministrationService.ResolveCallerAsync"/>;
/// never from untrusted input. Immutable.
/// </summary>
/// <param name="UserId">The acting user.</param>
/// <param name="Role">The user's role.</param>
/// <param name="InstitutionId">The user's institution.</param>
/// <param name="InstitutionKind">The kind of that institution.</param>
public sealed record Caller(string UserId, Role Role, string InstitutionId, InstitutionKind InstitutionKind)
{
    /// <summary>The caller for a user at an institution.</summary>
    public static Caller For(User user, Institution institution)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(institution);
        if (user.InstitutionId != institution.Id)
        {
            throw new ArgumentException("The user does not belong to the institution.", nameof(institution));
        }

        return new Caller(user.Id, user.Role, institution.Id, institution.Kind);
    }

    /// <inheritdoc />
    public override string ToString() => $"{UserId} ({Internal.Names.Of(Role)} at {Internal.Names.Of(InstitutionKind)} {InstitutionId})";
}
