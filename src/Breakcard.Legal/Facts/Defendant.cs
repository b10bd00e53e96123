namespace Breakcard.Legal.Facts;

/// <summary>Natural person or unit (Criminal Law Art. 287-2 para. 2).</summary>
public enum DefendantKind
{
    /// <summary>A natural person.</summary>
    Person,

    /// <summary>A unit (company or other organisation): fined; its responsible persons are punished under para. 1.</summary>
    Unit,
}

/// <summary>Who the defendant is, as far as the rules need. Immutable.</summary>
/// <param name="Kind">Person or unit.</param>
/// <param name="BirthDate">Birth date of a person, or null when not known (always null for a unit).</param>
public sealed record Defendant(DefendantKind Kind, DateOnly? BirthDate)
{
    /// <summary>A person whose birth date is not known.</summary>
    public static Defendant UnknownPerson { get; } = new(DefendantKind.Person, null);
}
