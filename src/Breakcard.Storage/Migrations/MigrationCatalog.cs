using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Breakcard.Storage.Migrations;

/// <summary>
/// The schema scripts of each engine, embedded in this assembly as
/// <c>Migrations/&lt;engine&gt;/NNNN_name.sql</c>. Both engines must have the same versions and
/// names: one logical schema, two dialects.
/// </summary>
public static class MigrationCatalog
{
    /// <summary>The scripts of <paramref name="engine"/> ("sqlite" or "postgres"), in version order.</summary>
    public static IReadOnlyList<Migration> For(string engine)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var prefix = $"Breakcard.Storage.Migrations.{(engine == "sqlite" ? "Sqlite" : "Postgres")}/";
        var list = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = resource[prefix.Length..^".sql".Length];
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            var version = int.Parse(file.AsSpan(0, underscore), CultureInfo.InvariantCulture);
            var sql = ReadText(assembly, resource);
            list.Add(new Migration(version, file[(underscore + 1)..], sql, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)))));
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations of {engine} must be numbered 1, 2, 3, …; found {list[i].Version} at position {i + 1}.");
            }
        }

        return list;
    }

    private static string ReadText(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"Missing resource {resource}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
