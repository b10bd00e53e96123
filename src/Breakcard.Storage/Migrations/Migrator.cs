using System.Globalization;
using Breakcard.Cases.Audit;
using Breakcard.Cases.Services;
using Breakcard.Storage.Internal;

namespace Breakcard.Storage.Migrations;

/// <summary>
/// Applies the schema scripts that a store has not seen yet, in one transaction, on start: a
/// fresh store gets every script, an up-to-date store none (re-running is harmless), and a failed
/// script leaves the store as it was. Applied scripts are recorded in <c>schema_migrations</c> with
/// their checksum; a script changed after it was applied, or a store made by a newer version, is
/// refused with a clear error. Each run that applies scripts is recorded in the audit log.
/// </summary>
internal static class Migrator
{
    private const string CreateTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version    INTEGER PRIMARY KEY,
          name       TEXT NOT NULL,
          checksum   TEXT NOT NULL,
          applied_at TEXT NOT NULL
        )
        """;

    /// <summary>Applies pending scripts; returns the versions applied.</summary>
    public static Task<IReadOnlyList<int>> ApplyAsync(SqlCaseStore store, TimeProvider time, CancellationToken cancellationToken) =>
        store.RunAsync<IReadOnlyList<int>>(async session =>
        {
            var db = ((SqlSession)session).Db;
            if (store.Dialect.MigrationLockSql is { } lockSql)
            {
                await db.ExecuteAsync(lockSql).ConfigureAwait(false);
            }

            await db.ExecuteAsync(CreateTable).ConfigureAwait(false);
            var applied = (await db.QueryAsync("SELECT version, name, checksum FROM schema_migrations ORDER BY version",
                r => (Version: Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), Name: r.GetString(1), Checksum: r.GetString(2))).ConfigureAwait(false))
                .ToDictionary(m => m.Version);
            var known = MigrationCatalog.For(store.Dialect.Name);
            if (applied.Count > 0 && applied.Keys.Max() > known.Count)
            {
                throw new StoreVersionException($"{store.Description} has schema version {applied.Keys.Max()}, but this Breakcard knows only up to {known.Count}: use a newer Breakcard");
            }

            var done = new List<int>();
            foreach (var m in known)
            {
                if (applied.TryGetValue(m.Version, out var a))
                {
                    if (a.Checksum != m.Checksum)
                    {
                        throw new StoreVersionException($"{store.Description}: migration {m.Version} ({m.Name}) was changed after it was applied (checksum {a.Checksum[..12]} in the store, {m.Checksum[..12]} now); migrations are never edited, add a new one");
                    }

                    continue;
                }

                await db.ExecuteAsync(m.Sql).ConfigureAwait(false);
                await db.ExecuteAsync("INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@v, @n, @c, @at)",
                    ("v", m.Version), ("n", m.Name), ("c", m.Checksum), ("at", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture))).ConfigureAwait(false);
                done.Add(m.Version);
            }

            if (done.Count > 0)
            {
                await session.Audit.AppendAsync(new AuditDraft(AdministrationService.SystemActor, AdministrationService.SystemActor, "store.migrate", "schema",
                    $"{{\"applied\":[{string.Join(",", done)}],\"engine\":\"{store.Dialect.Name}\"}}"), time.GetUtcNow()).ConfigureAwait(false);
            }

            return done;
        }, write: true, cancellationToken, skipWriteLock: true);
}
