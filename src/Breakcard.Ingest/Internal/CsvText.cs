namespace Breakcard.Ingest.Internal;

/// <summary>Writes CSV fields the way docs/data-format.md says: quoted only when needed.</summary>
internal static class CsvText
{
    /// <summary>Writes <paramref name="value"/> as one RFC 4180 field.</summary>
    public static void WriteField(TextWriter writer, ReadOnlySpan<char> value)
    {
        if (value.IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        foreach (var c in value)
        {
            if (c == '"')
            {
                writer.Write('"');
            }

            writer.Write(c);
        }

        writer.Write('"');
    }
}
