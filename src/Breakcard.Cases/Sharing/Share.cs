using System.Collections.Immutable;
using Breakcard.Cases.Clues;

namespace Breakcard.Cases.Sharing;

/// <summary>
/// An explicit record of what one institution gave another: for a clue, which parts
/// (<see cref="ClueFields"/>); for a case, which items (<see cref="ItemIds"/>). The recipient's
/// view is built from its shares only — it sees what was shared, nothing more. Shares are never
/// changed or withdrawn silently. Immutable.
/// </summary>
/// <param name="Id">"SH-000001".</param>
/// <param name="Subject">Clue or case.</param>
/// <param name="SubjectId">The clue or case id.</param>
/// <param name="FromInstitutionId">Who shared.</param>
/// <param name="ToInstitutionId">With whom.</param>
/// <param name="ClueFields">For a clue: the parts shared.</param>
/// <param name="ItemIds">For a case: the items shared.</param>
/// <param name="Purpose">Why (the legal basis or the request), free text.</param>
/// <param name="At">When (processing time).</param>
/// <param name="By">Who decided it.</param>
public sealed record Share(
    string Id,
    ShareSubject Subject,
    string SubjectId,
    string FromInstitutionId,
    string ToInstitutionId,
    ImmutableArray<ClueField> ClueFields,
    ImmutableArray<string> ItemIds,
    string Purpose,
    DateTimeOffset At,
    string By);
