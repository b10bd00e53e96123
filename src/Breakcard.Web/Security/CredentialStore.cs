using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Breakcard.Cases.Storage;
using Breakcard.Storage.Web;

namespace Breakcard.Web.Security;

/// <summary>
/// Who may log in and with what: password hashes for people and API key hashes for machine
/// clients, by user id (<c>name@institution</c>, the case system's users), kept in the case store's
/// web tables (schema version 2, ADR 0145) so every host on a PostgreSQL store sees the same
/// credentials. Only hashes are kept; an API key is shown once when issued. The case store's
/// directory stays the authority on roles and on whether a user is active (ADR 0090). Key lookups
/// are answered from memory after the first hit (the decision endpoint authenticates every call);
/// a key unknown here is looked up in the store, so a key issued by another host works at once.
/// </summary>
public sealed class CredentialStore(ICaseStore store, TimeProvider time)
{
    private static readonly JsonSerializerOptions LegacyJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly ConcurrentDictionary<string, string> _keyOwners = new(StringComparer.Ordinal);

    /// <summary>Loads every key hash into memory (called once at start).</summary>
    public async Task WarmAsync(CancellationToken cancellationToken)
    {
        foreach (var (hash, user) in await store.ReadAsync(s => WebStateRepository.Of(s).ApiKeysAsync(), cancellationToken).ConfigureAwait(false))
        {
            _keyOwners[hash] = user;
        }
    }

    /// <summary>
    /// Moves a credentials file of an earlier version (<c>breakcard.credentials/1</c>) into the
    /// store: passwords where the user has none yet, every key hash. The file is then renamed to
    /// <c>*.imported</c> so it is not read twice. Returns the users imported, 0 when there is no file.
    /// </summary>
    public async Task<int> ImportFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        LegacyFile file;
        try
        {
            file = JsonSerializer.Deserialize<LegacyFile>(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), LegacyJson) ?? new LegacyFile();
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: line {ex.LineNumber + 1}: {ex.Path}: not a credentials file: {ex.Message}", ex);
        }

        await store.WriteAsync(async s =>
        {
            var repo = WebStateRepository.Of(s);
            foreach (var (user, entry) in file.Users)
            {
                if (entry.PasswordHash is { Length: > 0 } hash && await repo.PasswordHashAsync(user).ConfigureAwait(false) is null)
                {
                    await repo.SetPasswordAsync(user, hash, time.GetUtcNow()).ConfigureAwait(false);
                }

                foreach (var key in entry.ApiKeys)
                {
                    await repo.AddApiKeyAsync(key, user, time.GetUtcNow()).ConfigureAwait(false);
                }
            }

            return 0;
        }, cancellationToken).ConfigureAwait(false);
        File.Move(path, path + ".imported", overwrite: true);
        await WarmAsync(cancellationToken).ConfigureAwait(false);
        return file.Users.Count;
    }

    /// <summary>Sets a user's password.</summary>
    public Task SetPasswordAsync(string userId, string password, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        var hash = Pbkdf2.Hash(password);
        return store.WriteAsync(async s =>
        {
            await WebStateRepository.Of(s).SetPasswordAsync(userId, hash, time.GetUtcNow()).ConfigureAwait(false);
            return 0;
        }, cancellationToken);
    }

    /// <summary>Issues a new API key for a user and returns it (the only time it is seen in clear).</summary>
    public async Task<string> IssueApiKeyAsync(string userId, CancellationToken cancellationToken)
    {
        var key = "bk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await AddApiKeyAsync(userId, key, cancellationToken).ConfigureAwait(false);
        return key;
    }

    /// <summary>Registers a key chosen by the operator (for example a demo key); a key of another user is refused.</summary>
    public async Task AddApiKeyAsync(string userId, string key, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var hash = HashKey(key);
        var mine = await store.WriteAsync(s => WebStateRepository.Of(s).AddApiKeyAsync(hash, userId, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (!mine)
        {
            throw new InvalidOperationException("that API key is already registered for another user");
        }

        _keyOwners[hash] = userId;
    }

    /// <summary>True when <paramref name="password"/> is the user's password.</summary>
    public async Task<bool> CheckPasswordAsync(string userId, string password, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(s => WebStateRepository.Of(s).PasswordHashAsync(userId), cancellationToken).ConfigureAwait(false);
        return stored is not null && Pbkdf2.Verify(password, stored);
    }

    /// <summary>The user an API key belongs to, or null.</summary>
    public async ValueTask<string?> OwnerOfKeyAsync(string key, CancellationToken cancellationToken)
    {
        var hash = HashKey(key);
        if (_keyOwners.TryGetValue(hash, out var user))
        {
            return user;
        }

        var owner = await store.ReadAsync(s => WebStateRepository.Of(s).KeyOwnerAsync(hash), cancellationToken).ConfigureAwait(false);
        if (owner is not null)
        {
            _keyOwners[hash] = owner;
        }

        return owner;
    }

    private static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private sealed class LegacyFile
    {
        public Dictionary<string, LegacyEntry> Users { get; set; } = [];
    }

    private sealed class LegacyEntry
    {
        public string? PasswordHash { get; set; }

        public List<string> ApiKeys { get; set; } = [];
    }
}
