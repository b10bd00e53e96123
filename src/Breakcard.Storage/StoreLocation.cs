using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Breakcard.Storage;

/// <summary>
/// Where the store is, from one option: <c>sqlite:PATH</c> or a plain file path (SQLite), a
/// <c>postgresql://user:password@host:port/database</c> URI, or an Npgsql connection string
/// (<c>Host=…;Database=…</c>). <see cref="Description"/> never contains a password. Immutable.
/// </summary>
/// <param name="Engine">SQLite or PostgreSQL.</param>
/// <param name="ConnectionString">The driver's connection string.</param>
/// <param name="Description">For messages, without credentials.</param>
public sealed record StoreLocation(StoreEngine Engine, string ConnectionString, string Description)
{
    /// <summary>The default: a SQLite file named breakcard.db in the current folder.</summary>
    public const string DefaultFile = "breakcard.db";

    /// <summary>Parses the option; on failure <paramref name="error"/> says why (without echoing a password).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out StoreLocation? location, [NotNullWhen(false)] out string? error)
    {
        location = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty; give a file path, sqlite:PATH, a postgresql:// URI or a Host=… connection string";
            return false;
        }

        var t = text.Trim();
        try
        {
            if (t.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase))
            {
                location = Postgres(FromUri(t));
                return true;
            }

            if (t.Contains("Host=", StringComparison.OrdinalIgnoreCase) || t.Contains("Server=", StringComparison.OrdinalIgnoreCase))
            {
                location = Postgres(new NpgsqlConnectionStringBuilder(t));
                return true;
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or UriFormatException)
        {
            error = "not a valid PostgreSQL connection string or URI: " + ex.Message.Split('\'', 2)[0].TrimEnd();
            return false;
        }

        var path = t.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? t["sqlite:".Length..] : t;
        if (path.Length == 0 || path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            error = "not a usable file path for a SQLite store";
            return false;
        }

        var full = Path.GetFullPath(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 30,
            Pooling = true,
        };
        location = new StoreLocation(StoreEngine.Sqlite, builder.ToString(), $"SQLite file {full}");
        return true;
    }

    /// <summary>Parses the option or throws <see cref="ArgumentException"/> with the reason.</summary>
    public static StoreLocation Parse(string text) =>
        TryParse(text, out var location, out var error) ? location : throw new ArgumentException($"Store location {error}.", nameof(text));

    private static StoreLocation Postgres(NpgsqlConnectionStringBuilder b) =>
        new(StoreEngine.Postgres, b.ConnectionString, $"PostgreSQL database {b.Database ?? b.Username ?? "(default)"} on {b.Host}:{b.Port}");

    private static NpgsqlConnectionStringBuilder FromUri(string text)
    {
        var uri = new Uri(text);
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host, Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port };
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                b.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            b.Database = Uri.UnescapeDataString(database);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            b[Uri.UnescapeDataString(kv[0])] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
        }

        return b;
    }
}
