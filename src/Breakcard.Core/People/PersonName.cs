using Breakcard.Core.Identifiers;

namespace Breakcard.Core.People;

/// <summary>
/// A person's name, personal data like the identifiers: prints as the family name followed by
/// stars (张**), the form court judgments use for defendants (张某).
/// </summary>
public readonly record struct PersonName : IMaskedIdentifier
{
    private readonly string? _value;

    /// <summary>Wraps a non-empty name.</summary>
    public PersonName(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        _value = value.Trim();
    }

    /// <inheritdoc />
    public string Masked => _value is null ? Masking.Unassigned : Masking.KeepEnds(_value, 1, 0);

    /// <inheritdoc />
    public string Reveal() => _value ?? throw new InvalidOperationException("The name is unassigned.");

    /// <summary>The masked form.</summary>
    public override string ToString() => Masked;
}
