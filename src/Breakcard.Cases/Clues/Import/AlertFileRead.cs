using Breakcard.Core.Errors;

namespace Breakcard.Cases.Clues.Import;

/// <summary>What <see cref="AlertFileReader"/> read from one file. Immutable.</summary>
/// <param name="Source">The file, as named in errors.</param>
/// <param name="Lines">Lines read (blank ones included).</param>
/// <param name="Alerts">Alerts accepted, in file order.</param>
/// <param name="Problems">Lines rejected, each with file, line, field and reason.</param>
public sealed record AlertFileRead(string Source, long Lines, IReadOnlyList<ImportedAlert> Alerts, IReadOnlyList<InputError> Problems);
