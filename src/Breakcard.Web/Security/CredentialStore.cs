using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Breakcard.Web.Security;

/// <summary>
/// Who may log in and with what: password hashes for people and API key hashes for machine
/// clients, by user id (<c>name@institution</c>, the case system's users). Only hashes are kept;
/// an API key is shown once when issued. The case store stays the authority on roles and on
/// whether a user is active (ADR 0090). Thread safe; changes are written to the file at once.
/// </summary>
public sealed class CredentialStore
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly string? _path;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _users;
    private readonly ConcurrentDictionary<string, string> _keyOwners = new(StringComparer.Ordinal);

    private CredentialStore(string? path, Dictionary<string, Entry> users)
    {
        _path = path;
        _users = users;
        foreach (var (user, entry) in users)
        {
            foreach (var key in entry.ApiKeys)
            {
                _keyOwners[key] = user;
            }
        }
    }

    /// <summary>Loads the file, or starts empty when it does not exist (null: in memory only).</summary>
    public static CredentialStore Open(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return new CredentialStore(path, new Dictionary<string, Entry>(StringComparer.Ordinal));
        }

        try
        {
            var file = JsonSerializer.Deserialize<FileShape>(File.ReadAllText(path), Json) ?? new FileShape();
            return new CredentialStore(path, new Dictionary<string, Entry>(file.Users, StringComparer.Ordinal));
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: line {ex.LineNumber + 1}: {ex.Path}: not a credentials file: {ex.Message}", ex);
        }
    }

    /// <summary>Sets a user's password.</summary>
    public void SetPassword(string userId, string password)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        lock (_gate)
        {
            EntryOf(userId).PasswordHash = Pbkdf2.Hash(password);
            Save();
        }
    }

    /// <summary>Issues a new API key for a user and returns it (the only time it is seen in clear).</summary>
    public string IssueApiKey(string userId)
    {
        var key = "bk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        AddApiKey(userId, key);
        return key;
    }

    /// <summary>Registers a key chosen by the operator (for example a demo key).</summary>
    public void AddApiKey(string userId, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var hash = HashKey(key);
        lock (_gate)
        {
            var entry = EntryOf(userId);
            if (!entry.ApiKeys.Contains(hash))
            {
                entry.ApiKeys.Add(hash);
            }

            _keyOwners[hash] = userId;
            Save();
        }
    }

    /// <summary>The user a password belongs to, or null.</summary>
    public bool CheckPassword(string userId, string password)
    {
        string? stored;
        lock (_gate)
        {
            stored = _users.TryGetValue(userId, out var e) ? e.PasswordHash : null;
        }

        return stored is not null && Pbkdf2.Verify(password, stored);
    }

    /// <summary>The user an API key belongs to, or null.</summary>
    public string? OwnerOfKey(string key) => _keyOwners.TryGetValue(HashKey(key), out var user) ? user : null;

    private static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private Entry EntryOf(string userId)
    {
        if (!_users.TryGetValue(userId, out var entry))
        {
            entry = new Entry();
            _users[userId] = entry;
        }

        return entry;
    }

    private void Save()
    {
        if (_path is null)
        {
            return;
        }

        var temp = _path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new FileShape { Users = _users }, Json));
        File.Move(temp, _path, overwrite: true);
    }

    private sealed class FileShape
    {
        [JsonPropertyName("format")]
        public string Format { get; set; } = "breakcard.credentials/1";

        public Dictionary<string, Entry> Users { get; set; } = [];
    }

    private sealed class Entry
    {
        public string? PasswordHash { get; set; }

        public List<string> ApiKeys { get; set; } = [];
    }
}
