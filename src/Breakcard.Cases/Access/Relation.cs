namespace Breakcard.Cases.Access;

/// <summary>How the data an operation touches relates to the caller's institution.</summary>
public enum Relation
{
    /// <summary>
    /// The caller's institution's own: a clue it created, a case in its custody, a listing it
    /// decided, or an operation in its own name (creating, listing, checking).
    /// </summary>
    Own = 1,

    /// <summary>Another institution's, shared with the caller's institution (a shared clue, a transferred or referred case).</summary>
    Shared = 2,

    /// <summary>Another institution's, not shared (or an operation in another institution's name).</summary>
    Other = 3,
}
