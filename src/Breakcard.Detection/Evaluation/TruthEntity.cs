using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Evaluation;

/// <summary>How an evaluation counts a truth entity.</summary>
public enum TruthClass
{
    /// <summary>Normal life or a victim: flagging it is a false positive.</summary>
    Negative = 0,

    /// <summary>A mule card or account, or a number used by a ring: missing it is a false negative.</summary>
    Positive = 1,

    /// <summary>
    /// A ring helper's own account (a card dealer, an insider, a developer, a line keeper paid by the
    /// ring): positive in ground truth but not a mule card; left out of precision and recall and
    /// reported on its own.
    /// </summary>
    Helper = 2,
}

/// <summary>
/// Ground truth for one account or phone number, as an evaluation needs it. See
/// docs/detection.md, "Evaluation", for which roles are mules, helpers and negatives.
/// </summary>
/// <param name="Kind">Account or phone.</param>
/// <param name="Id">Account or phone number.</param>
/// <param name="Class">Positive, helper or negative.</param>
/// <param name="Typologies">Its typologies (snake_case names), empty for negatives.</param>
/// <param name="Role">Its truth role (snake_case), for reports.</param>
/// <param name="Persona">Its holder's persona (snake_case), for explaining false positives.</param>
/// <param name="FirstIllicit">Time of its first illicit event, when known.</param>
public sealed record TruthEntity(
    ScoredKind Kind,
    string Id,
    TruthClass Class,
    IReadOnlyList<string> Typologies,
    string Role,
    string Persona,
    DateTimeOffset? FirstIllicit)
{
    /// <summary>Account roles that make a mule card or account (truth role names).</summary>
    public static readonly IReadOnlySet<string> MuleAccountRoles = new HashSet<string>(StringComparer.Ordinal)
    {
        "first_layer", "later_layer", "collector", "cash_out", "shell_front",
    };

    /// <summary>
    /// The class of an entity from its truth role: normal and victim are negatives; for accounts the
    /// mule roles are positives and other ring roles helpers; every ring role of a number is positive.
    /// </summary>
    public static TruthClass ClassOf(ScoredKind kind, string role) => role switch
    {
        "normal" or "victim" or "" => TruthClass.Negative,
        _ when kind == ScoredKind.Phone || MuleAccountRoles.Contains(role) => TruthClass.Positive,
        _ => TruthClass.Helper,
    };

    /// <summary>True for a positive.</summary>
    public bool Positive => Class == TruthClass.Positive;
}
