namespace Breakcard.Detection.Pipeline;

/// <summary>RFC 4180 field quoting for the files the pipeline writes.</summary>
internal static class Csv
{
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
