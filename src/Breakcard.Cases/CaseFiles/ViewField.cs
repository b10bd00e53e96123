namespace Breakcard.Cases.CaseFiles;

/// <summary>One labelled value of an item as a caller sees it (identifiers masked unless revealed). Immutable.</summary>
/// <param name="Name">Field name, snake_case.</param>
/// <param name="Value">The value as shown.</param>
public sealed record ViewField(string Name, string Value);
