namespace Breakcard.Cases.Errors;

/// <summary>The named record does not exist.</summary>
public sealed class NotFoundException : CaseSystemException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="what">What was looked for ("case", "clue", "user").</param>
    /// <param name="id">The id asked for (never personal data).</param>
    public NotFoundException(string what, string id)
        : base($"no {what} '{id}'")
    {
        What = what;
        Id = id;
    }

    /// <summary>What was looked for.</summary>
    public string What { get; }

    /// <summary>The id asked for.</summary>
    public string Id { get; }
}
