using System.Globalization;
using Breakcard.Cases.Errors;

namespace Breakcard.Storage.Internal;

/// <summary>Optimistic concurrency: an update that names the version it read, or fails without writing.</summary>
internal static class Versioned
{
    /// <summary>
    /// Runs <c>UPDATE table SET set, version = @new_version WHERE id = @id AND version = @expected</c>;
    /// when no row matched, throws <see cref="NotFoundException"/> or <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    public static async Task UpdateAsync(Db db, string table, string what, string id, long expected, long newVersion, string set, params (string Name, object? Value)[] args)
    {
        if (newVersion != expected + 1)
        {
            throw new ArgumentException("The new version must follow the expected one.", nameof(newVersion));
        }

        (string, object?)[] all = [.. args, ("id", id), ("expected", expected), ("new_version", newVersion)];
        var rows = await db.ExecuteAsync($"UPDATE {table} SET {set}, version = @new_version WHERE id = @id AND version = @expected", all).ConfigureAwait(false);
        if (rows == 1)
        {
            return;
        }

        var current = await db.ScalarAsync($"SELECT version FROM {table} WHERE id = @id", ("id", id)).ConfigureAwait(false);
        throw current is null
            ? new NotFoundException(what, id)
            : new ConcurrencyConflictException(what, id, expected, Convert.ToInt64(current, CultureInfo.InvariantCulture));
    }
}
