using System.Data.Common;

namespace Breakcard.Storage.Internal;

/// <summary>Typed column reads that work on both engines (SQLite keeps times and dates as text).</summary>
internal static class Read
{
    public static string Text(this DbDataReader r, string column) => r.GetString(r.GetOrdinal(column));

    public static string? NullableText(this DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetString(i);
    }

    public static long Long(this DbDataReader r, string column) => r.GetInt64(r.GetOrdinal(column));

    public static int? NullableInt(this DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetInt32(i);
    }

    public static bool Bool(this DbDataReader r, string column) => r.GetBoolean(r.GetOrdinal(column));

    public static DateTimeOffset Time(this DbDataReader r, string column) => r.GetFieldValue<DateTimeOffset>(r.GetOrdinal(column)).ToUniversalTime();

    public static DateOnly Date(this DbDataReader r, string column) => r.GetFieldValue<DateOnly>(r.GetOrdinal(column));

    public static DateOnly? NullableDate(this DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
    }

    public static byte[] Bytes(this DbDataReader r, string column) => r.GetFieldValue<byte[]>(r.GetOrdinal(column));

    /// <summary>The number in an id like "CS-000042", used to order rows as they were created.</summary>
    public static long SequenceOf(string id) => long.Parse(id.AsSpan(id.LastIndexOf('-') + 1), System.Globalization.CultureInfo.InvariantCulture);
}
