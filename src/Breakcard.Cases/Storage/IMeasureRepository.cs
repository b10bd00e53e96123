using Breakcard.Cases.Measures;

namespace Breakcard.Cases.Storage;

/// <summary>Control measures.</summary>
public interface IMeasureRepository
{
    /// <summary>Adds a measure.</summary>
    Task InsertAsync(MeasureRecord measure);

    /// <summary>The measure, or null.</summary>
    Task<MeasureRecord?> GetAsync(string id);

    /// <summary>Measures of a case, oldest first.</summary>
    Task<IReadOnlyList<MeasureRecord>> OfCaseAsync(string caseId);

    /// <summary>Replaces the measure when the stored version is <paramref name="expectedVersion"/>; throws <see cref="Errors.ConcurrencyConflictException"/> otherwise.</summary>
    Task UpdateAsync(MeasureRecord updated, long expectedVersion);
}
