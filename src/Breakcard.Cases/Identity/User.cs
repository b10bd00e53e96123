using Breakcard.Cases.Internal;

namespace Breakcard.Cases.Identity;

/// <summary>A user of the case system. Immutable.</summary>
/// <param name="Id">"name@institution", for example "li.wei@icbc-chengdu"; the part after '@' is the institution id.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Role">The user's role.</param>
/// <param name="InstitutionId">The institution the user acts for.</param>
/// <param name="Active">False once deactivated; a deactivated user cannot act.</param>
public sealed record User(string Id, string DisplayName, Role Role, string InstitutionId, bool Active = true)
{
    /// <summary>The institution kinds at which <paramref name="role"/> may be held.</summary>
    public static IReadOnlyList<InstitutionKind> KindsFor(Role role) => role switch
    {
        Role.Analyst or Role.Supervisor => [InstitutionKind.Bank, InstitutionKind.PaymentInstitution, InstitutionKind.Telecom, InstitutionKind.Platform],
        Role.Investigator => [InstitutionKind.Police],
        Role.Prosecutor => [InstitutionKind.Procuratorate],
        Role.Judge => [InstitutionKind.Court],
        Role.Auditor or Role.Administrator => Enum.GetValues<InstitutionKind>(),
        _ => [],
    };

    /// <summary>Checks the fields against the institution; returns the first problem or null.</summary>
    public string? Problem(Institution institution)
    {
        ArgumentNullException.ThrowIfNull(institution);
        if (!Ids.IsValidUserId(Id))
        {
            return "user id must be name@institution: 1 to 40 characters of a-z, 0-9, '.', '_' and '-' before the '@'";
        }

        if (!Id.EndsWith("@" + InstitutionId, StringComparison.Ordinal) || institution.Id != InstitutionId)
        {
            return $"user id must end with '@{institution.Id}', the institution it acts for";
        }

        if (string.IsNullOrWhiteSpace(DisplayName) || DisplayName.Length > 200)
        {
            return "display name must be 1 to 200 characters";
        }

        if (!KindsFor(Role).Contains(institution.Kind))
        {
            return $"role {Names.Of(Role)} cannot be held at {Names.A(Names.Of(institution.Kind))}";
        }

        return null;
    }
}
