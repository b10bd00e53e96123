namespace Breakcard.Cli.Reporting;

/// <summary>
/// One capability's part of the demo report: a heading, a lead paragraph, key figures, tables,
/// images and notes. Text is plain; <see cref="HtmlReport"/> encodes it.
/// </summary>
/// <param name="Id">Anchor id, for example "monitoring".</param>
/// <param name="Title">Heading.</param>
public sealed class ReportSection(string Id, string Title)
{
    /// <summary>Anchor id.</summary>
    public string Id { get; } = Id;

    /// <summary>Heading.</summary>
    public string Title { get; } = Title;

    /// <summary>Lead paragraph.</summary>
    public string? Lead { get; set; }

    /// <summary>Key figures shown as a definition list, in order.</summary>
    public List<(string Label, string Value)> Figures { get; } = [];

    /// <summary>Tables, in order.</summary>
    public List<ReportTable> Tables { get; } = [];

    /// <summary>Images (PNG or SVG) by path relative to the report, with a caption.</summary>
    public List<(string RelativePath, string Caption)> Images { get; } = [];

    /// <summary>Closing notes (one paragraph each).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Adds a key figure.</summary>
    public ReportSection Figure(string label, string value)
    {
        Figures.Add((label, value));
        return this;
    }
}

/// <summary>A table in a report section.</summary>
/// <param name="Caption">Caption.</param>
/// <param name="Header">Column headings.</param>
/// <param name="Rows">Rows; each as long as the header.</param>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
