using Breakcard.Cases.Identity;

namespace Breakcard.Cases.Storage;

/// <summary>Institutions and users.</summary>
public interface IDirectoryRepository
{
    /// <summary>Adds an institution; throws <see cref="Errors.StateConflictException"/> when the id exists.</summary>
    Task InsertInstitutionAsync(Institution institution);

    /// <summary>The institution, or null.</summary>
    Task<Institution?> GetInstitutionAsync(string id);

    /// <summary>Every institution, by id.</summary>
    Task<IReadOnlyList<Institution>> ListInstitutionsAsync();

    /// <summary>Adds a user; throws <see cref="Errors.StateConflictException"/> when the id exists.</summary>
    Task InsertUserAsync(User user);

    /// <summary>Replaces a user's display name, role and active flag.</summary>
    Task UpdateUserAsync(User user);

    /// <summary>The user, or null.</summary>
    Task<User?> GetUserAsync(string id);

    /// <summary>Users, of one institution or all, by id.</summary>
    Task<IReadOnlyList<User>> ListUsersAsync(string? institutionId);

    /// <summary>How many users exist.</summary>
    Task<long> CountUsersAsync();
}
