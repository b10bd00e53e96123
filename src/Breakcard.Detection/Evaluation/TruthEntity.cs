using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Evaluation;

/// <summary>
/// Ground truth for one account or phone number, as an evaluation needs it. An entity is
/// <see cref="Positive"/> — a mule card or account, or a number used by a ring — when the truth
/// gives it an aiding typology and a role other than normal or victim; victims' accounts are
/// negatives (they pay mules, they are not mules). See docs/detection.md, "Evaluation".
/// </summary>
/// <param name="Kind">Account or phone.</param>
/// <param name="Id">Account or phone number.</param>
/// <param name="Positive">True for a mule card/account or ring number.</param>
/// <param name="Typologies">Its typologies (snake_case names), empty for negatives.</param>
/// <param name="Role">Its truth role (snake_case), for reports.</param>
/// <param name="Persona">Its holder's persona (snake_case), for explaining false positives.</param>
/// <param name="FirstIllicit">Time of its first illicit event, when known.</param>
public sealed record TruthEntity(
    ScoredKind Kind,
    string Id,
    bool Positive,
    IReadOnlyList<string> Typologies,
    string Role,
    string Persona,
    DateTimeOffset? FirstIllicit);
