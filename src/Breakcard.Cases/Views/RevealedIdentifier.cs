using Breakcard.Cases.Identifiers;

namespace Breakcard.Cases.Views;

/// <summary>One identifier a view showed unmasked — what the audit entry of the read lists (masked). Immutable.</summary>
/// <param name="Where">The record it was in ("IT-000003", "CL-000001").</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Masked">Its masked form.</param>
public sealed record RevealedIdentifier(string Where, IdentifierKind Kind, string Masked);
