namespace Breakcard.Core.Identifiers;

/// <summary>
/// An identifier that names a person, account or line and therefore counts as personal data.
/// <see cref="object.ToString"/> returns the masked form; <see cref="Reveal"/> is the only way to
/// obtain the full value, so every unmasked use is an explicit, searchable call.
/// </summary>
public interface IMaskedIdentifier
{
    /// <summary>The masked form, safe for logs, screens and exception messages.</summary>
    string Masked { get; }

    /// <summary>The full value. Callers that show it to a user must audit the read.</summary>
    string Reveal();
}
