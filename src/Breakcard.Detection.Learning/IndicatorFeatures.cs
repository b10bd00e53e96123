using Breakcard.Detection.Indicators;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Learning;

/// <summary>
/// The features a learned model sees: every indicator's strength scaled to 0–1, and whether the
/// entity is a phone number. Only indicator features, so every learned score is explained in the
/// same terms as the points model.
/// </summary>
public static class IndicatorFeatures
{
    /// <summary>Number of features.</summary>
    public static int Count => IndicatorCatalog.Count + 1;

    /// <summary>Index of the "is a phone number" feature.</summary>
    public static int PhoneFlag => IndicatorCatalog.Count;

    /// <summary>Writes the features of an entity into <paramref name="into"/> (length <see cref="Count"/>).</summary>
    public static void Fill(ScoredKind kind, in Strengths strengths, float[] into)
    {
        ArgumentNullException.ThrowIfNull(into);
        for (var i = 0; i < IndicatorCatalog.Count; i++)
        {
            into[i] = strengths[i] / 100f;
        }

        into[PhoneFlag] = kind == ScoredKind.Phone ? 1f : 0f;
    }

    /// <summary>The indicator behind feature <paramref name="feature"/>, or null for the phone flag.</summary>
    public static IndicatorId? IndicatorOf(int feature) => feature < IndicatorCatalog.Count ? (IndicatorId)feature : null;
}
