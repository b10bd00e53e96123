namespace Breakcard.Cases.Clues;

/// <summary>
/// The control measure monitoring proposed with an alert (Anti-Fraud Law Arts. 11, 18), kept with
/// the clue so whoever works it sees what was proposed, on which basis and how the holder can have
/// it lifted. A proposal only: applying a measure is <c>case measure apply</c>, checked by
/// <c>ControlMeasureCatalog.MayApply</c>. Immutable.
/// </summary>
/// <param name="Code">Measure code as monitoring writes it, for example "delay_settlement".</param>
/// <param name="Description">What the institution would do.</param>
/// <param name="Basis">Legal basis.</param>
/// <param name="Remedy">How the holder can have it lifted.</param>
public sealed record ProposedMeasure(string Code, string Description, string Basis, string Remedy)
{
    /// <summary>Longest code kept.</summary>
    public const int MaxCodeLength = 64;

    /// <summary>Longest description, basis or remedy kept.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>What is wrong with it, or null.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(Code) || Code.Length > MaxCodeLength ? $"the measure code must be 1 to {MaxCodeLength} characters"
        : string.IsNullOrWhiteSpace(Description) || Description.Length > MaxTextLength ? $"the measure description must be 1 to {MaxTextLength:N0} characters"
        : Basis is null || Basis.Length > MaxTextLength ? $"the measure basis must be at most {MaxTextLength:N0} characters"
        : Remedy is null || Remedy.Length > MaxTextLength ? $"the measure remedy must be at most {MaxTextLength:N0} characters"
        : null;
}
