namespace Breakcard.Simulation.Output;

/// <summary>Helpers for writing CSV rows of text fields (entity and truth files).</summary>
internal static class CsvRows
{
    public static void Header(Utf8FileWriter w, IReadOnlyList<string> columns) => Row(w, columns);

    /// <summary>Writes one row; null fields are written empty ("not known").</summary>
    public static void Row(Utf8FileWriter w, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                w.WriteByte((byte)',');
            }

            if (fields[i] is { } text)
            {
                w.WriteCsvField(text);
            }
        }

        w.EndLine();
    }
}
