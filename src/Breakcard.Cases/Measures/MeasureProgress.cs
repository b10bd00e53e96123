namespace Breakcard.Cases.Measures;

/// <summary>How far a measure has come along its remedy path. Immutable.</summary>
/// <param name="Status">Applied, under complaint, or released.</param>
/// <param name="Complaint">The customer's complaint as recorded, or null.</param>
/// <param name="ComplainedOn">The day of the complaint, or null.</param>
/// <param name="ReleasedOn">The day it was lifted, or null.</param>
/// <param name="ReleaseReason">Why it was lifted, or null.</param>
public sealed record MeasureProgress(MeasureStatus Status, string? Complaint, DateOnly? ComplainedOn, DateOnly? ReleasedOn, string? ReleaseReason)
{
    /// <summary>Just applied: no complaint, not released.</summary>
    public static MeasureProgress Applied { get; } = new(MeasureStatus.Applied, null, null, null, null);
}
