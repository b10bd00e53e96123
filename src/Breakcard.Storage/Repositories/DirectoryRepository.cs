using System.Data.Common;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Storage;
using Breakcard.Storage.Internal;

namespace Breakcard.Storage.Repositories;

internal sealed class DirectoryRepository(Db db) : IDirectoryRepository
{
    public async Task InsertInstitutionAsync(Institution institution)
    {
        try
        {
            await db.ExecuteAsync("INSERT INTO institutions (id, name, kind, bank_code) VALUES (@id, @name, @kind, @bank)",
                ("id", institution.Id), ("name", institution.Name), ("kind", Codes.Of(institution.Kind)), ("bank", institution.BankCode)).ConfigureAwait(false);
        }
        catch (DbException ex) when (db.Dialect.IsUniqueViolation(ex))
        {
            throw new StateConflictException($"institution '{institution.Id}' already exists");
        }
    }

    public Task<Institution?> GetInstitutionAsync(string id) =>
        db.SingleAsync("SELECT * FROM institutions WHERE id = @id", MapInstitution, ("id", id));

    public async Task<IReadOnlyList<Institution>> ListInstitutionsAsync() =>
        await db.QueryAsync("SELECT * FROM institutions ORDER BY id", MapInstitution).ConfigureAwait(false);

    public async Task InsertUserAsync(User user)
    {
        try
        {
            await db.ExecuteAsync("INSERT INTO users (id, display_name, role, institution_id, active) VALUES (@id, @name, @role, @institution, @active)",
                ("id", user.Id), ("name", user.DisplayName), ("role", Codes.Of(user.Role)), ("institution", user.InstitutionId), ("active", user.Active)).ConfigureAwait(false);
        }
        catch (DbException ex) when (db.Dialect.IsUniqueViolation(ex))
        {
            throw new StateConflictException($"user '{user.Id}' already exists");
        }
    }

    public async Task UpdateUserAsync(User user)
    {
        var rows = await db.ExecuteAsync("UPDATE users SET display_name = @name, role = @role, active = @active WHERE id = @id",
            ("id", user.Id), ("name", user.DisplayName), ("role", Codes.Of(user.Role)), ("active", user.Active)).ConfigureAwait(false);
        if (rows == 0)
        {
            throw new NotFoundException("user", user.Id);
        }
    }

    public Task<User?> GetUserAsync(string id) => db.SingleAsync("SELECT * FROM users WHERE id = @id", MapUser, ("id", id));

    public async Task<IReadOnlyList<User>> ListUsersAsync(string? institutionId) => institutionId is null
        ? await db.QueryAsync("SELECT * FROM users ORDER BY id", MapUser).ConfigureAwait(false)
        : await db.QueryAsync("SELECT * FROM users WHERE institution_id = @institution ORDER BY id", MapUser, ("institution", institutionId)).ConfigureAwait(false);

    public async Task<long> CountUsersAsync() =>
        Convert.ToInt64(await db.ScalarAsync("SELECT COUNT(*) FROM users").ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

    private static Institution MapInstitution(DbDataReader r) =>
        new(r.Text("id"), r.Text("name"), Codes.Parse<InstitutionKind>(r.Text("kind")), r.NullableText("bank_code"));

    private static User MapUser(DbDataReader r) =>
        new(r.Text("id"), r.Text("display_name"), Codes.Parse<Role>(r.Text("role")), r.Text("institution_id"), r.Bool("active"));
}
