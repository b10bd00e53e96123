using Breakcard.Core.Errors;

namespace Breakcard.Screening.Input;

/// <summary>One ad read from a file.</summary>
/// <param name="Id">The record's id (the <c>id</c> field, or the line number when there is none).</param>
/// <param name="Text">The ad text.</param>
/// <param name="Line">1-based line where the record starts.</param>
public sealed record AdRecord(string Id, string Text, long Line);

/// <summary>What reading yields for each record: the ad, or the located reason it could not be read.</summary>
/// <param name="Record">The ad, when the record was good.</param>
/// <param name="Error">What is wrong with the record and where, when it was not.</param>
public sealed record AdInput(AdRecord? Record, InputError? Error)
{
    /// <summary>A good record.</summary>
    public static AdInput Ok(AdRecord record) => new(record, null);

    /// <summary>A bad record.</summary>
    public static AdInput Bad(InputError error) => new(null, error);
}
