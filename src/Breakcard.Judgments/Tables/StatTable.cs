namespace Breakcard.Judgments.Tables;

/// <summary>
/// A table of results: an identifier (the file name it is written to), a title, a header and
/// rows of already formatted cells, and an optional note (definitions, sources). Immutable.
/// </summary>
/// <param name="Id">Identifier, used as the file name (for example "table1-gender").</param>
/// <param name="Title">Title.</param>
/// <param name="Header">Column headings.</param>
/// <param name="Rows">Rows; each as long as the header.</param>
/// <param name="Note">Definitions and sources, or null.</param>
public sealed record StatTable(string Id, string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note = null);
