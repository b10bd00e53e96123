using System.Data.Common;
using System.Globalization;
using Breakcard.Cases.Storage;
using Breakcard.Storage.Internal;

namespace Breakcard.Storage.Web;

/// <summary>
/// The web host's own tables (schema version 2, ADR 0145): password and API-key hashes, alert
/// triage, uploaded CSV mappings and extracted judgments. Bound to one transaction of the case
/// store, so a triage change and its audit entry commit together. The same SQL on both engines.
/// </summary>
public sealed class WebStateRepository
{
    private readonly Db _db;

    private WebStateRepository(Db db) => _db = db;

    /// <summary>The repository inside <paramref name="session"/>'s transaction (a session of a store opened by <see cref="CaseStores"/>).</summary>
    public static WebStateRepository Of(IStoreSession session) => session is SqlSession s
        ? new WebStateRepository(s.Db)
        : throw new ArgumentException("the session does not belong to a Breakcard.Storage store", nameof(session));

    /// <summary>Sets a user's password hash.</summary>
    public Task SetPasswordAsync(string userId, string hash, DateTimeOffset at) => _db.ExecuteAsync("""
        INSERT INTO web_passwords (user_id, password_hash, changed_at) VALUES (@u, @h, @at)
        ON CONFLICT (user_id) DO UPDATE SET password_hash = excluded.password_hash, changed_at = excluded.changed_at
        """, ("u", userId), ("h", hash), ("at", at));

    /// <summary>A user's password hash, or null.</summary>
    public async Task<string?> PasswordHashAsync(string userId) =>
        (string?)await _db.ScalarAsync("SELECT password_hash FROM web_passwords WHERE user_id = @u", ("u", userId)).ConfigureAwait(false);

    /// <summary>Registers an API key hash for a user; a hash already registered is left as it is. Returns false when the hash belongs to another user.</summary>
    public async Task<bool> AddApiKeyAsync(string keyHash, string userId, DateTimeOffset at)
    {
        await _db.ExecuteAsync("INSERT INTO web_api_keys (key_hash, user_id, created_at) VALUES (@k, @u, @at) ON CONFLICT (key_hash) DO NOTHING",
            ("k", keyHash), ("u", userId), ("at", at)).ConfigureAwait(false);
        return await KeyOwnerAsync(keyHash).ConfigureAwait(false) == userId;
    }

    /// <summary>The user an API key hash belongs to, or null.</summary>
    public async Task<string?> KeyOwnerAsync(string keyHash) =>
        (string?)await _db.ScalarAsync("SELECT user_id FROM web_api_keys WHERE key_hash = @k", ("k", keyHash)).ConfigureAwait(false);

    /// <summary>Every API key hash with its user.</summary>
    public async Task<IReadOnlyList<(string KeyHash, string UserId)>> ApiKeysAsync() =>
        await _db.QueryAsync("SELECT key_hash, user_id FROM web_api_keys ORDER BY key_hash", r => (r.Text("key_hash"), r.Text("user_id"))).ConfigureAwait(false);

    /// <summary>Records (or replaces) an alert's triage state.</summary>
    public Task SaveTriageAsync(TriageRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return _db.ExecuteAsync("""
            INSERT INTO web_alert_triage (alert_id, institution_id, status, clue_id, reason, by_user, at) VALUES (@id, @inst, @status, @clue, @reason, @by, @at)
            ON CONFLICT (alert_id) DO UPDATE SET status = excluded.status, clue_id = excluded.clue_id, reason = excluded.reason, by_user = excluded.by_user, at = excluded.at
            """, ("id", row.AlertId), ("inst", row.InstitutionId), ("status", row.Status), ("clue", row.ClueId), ("reason", row.Reason), ("by", row.ByUser), ("at", row.At));
    }

    /// <summary>The alert's triage row when it was escalated to a clue, or null.</summary>
    public Task<TriageRow?> EscalationAsync(string alertId) =>
        _db.SingleAsync("SELECT * FROM web_alert_triage WHERE alert_id = @id AND status = 'escalated'", MapTriage, ("id", alertId));

    /// <summary>Every alert's triage state.</summary>
    public async Task<IReadOnlyList<TriageRow>> TriageAsync() =>
        await _db.QueryAsync("SELECT * FROM web_alert_triage ORDER BY alert_id", MapTriage).ConfigureAwait(false);

    private static TriageRow MapTriage(DbDataReader r) => new(r.Text("alert_id"), r.Text("institution_id"), r.Text("status"),
        r.NullableText("clue_id"), r.NullableText("reason"), r.Text("by_user"), r.Time("at"));

    /// <summary>Stores (or replaces) an institution's mapping.</summary>
    public Task SaveMappingAsync(StoredMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return _db.ExecuteAsync("""
            INSERT INTO web_column_mappings (institution_id, name, body, created_by, created_at) VALUES (@inst, @name, @body, @by, @at)
            ON CONFLICT (institution_id, name) DO UPDATE SET body = excluded.body, created_by = excluded.created_by, created_at = excluded.created_at
            """, ("inst", mapping.InstitutionId), ("name", mapping.Name), ("body", mapping.Body), ("by", mapping.CreatedBy), ("at", mapping.CreatedAt));
    }

    /// <summary>An institution's mapping by name, or null.</summary>
    public Task<StoredMapping?> MappingAsync(string institutionId, string name) =>
        _db.SingleAsync("SELECT * FROM web_column_mappings WHERE institution_id = @inst AND name = @name", MapMapping, ("inst", institutionId), ("name", name));

    /// <summary>An institution's mappings by name.</summary>
    public async Task<IReadOnlyList<StoredMapping>> MappingsAsync(string institutionId) =>
        await _db.QueryAsync("SELECT * FROM web_column_mappings WHERE institution_id = @inst ORDER BY name", MapMapping, ("inst", institutionId)).ConfigureAwait(false);

    /// <summary>Keeps an extracted judgment; returns its id.</summary>
    public async Task<string> AddJudgmentAsync(string institutionId, string source, string body, string uploadedBy, DateTimeOffset at)
    {
        var seq = await new SqlSession(_db).NextNumberAsync("web_judgment").ConfigureAwait(false);
        var id = "JD-" + seq.ToString("D6", CultureInfo.InvariantCulture);
        await _db.ExecuteAsync("INSERT INTO web_judgments (id, seq, institution_id, source, body, uploaded_by, uploaded_at) VALUES (@id, @seq, @inst, @src, @body, @by, @at)",
            ("id", id), ("seq", seq), ("inst", institutionId), ("src", source), ("body", body), ("by", uploadedBy), ("at", at)).ConfigureAwait(false);
        return id;
    }

    /// <summary>The kept judgments, oldest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<StoredJudgment>> JudgmentsAsync(int limit) =>
        await _db.QueryAsync("SELECT * FROM web_judgments ORDER BY seq LIMIT @limit", r => new StoredJudgment(r.Text("id"), r.Text("institution_id"), r.Text("source"),
            r.Text("body"), r.Text("uploaded_by"), r.Time("uploaded_at")), ("limit", limit)).ConfigureAwait(false);

    private static StoredMapping MapMapping(DbDataReader r) =>
        new(r.Text("institution_id"), r.Text("name"), r.Text("body"), r.Text("created_by"), r.Time("created_at"));
}
