namespace Breakcard.Cases.Measures;

/// <summary>Where a control measure stands on its remedy path.</summary>
public enum MeasureStatus
{
    /// <summary>In force; the customer was told the reason and how to complain.</summary>
    Applied = 1,

    /// <summary>The customer complained; the institution is verifying.</summary>
    UnderComplaint,

    /// <summary>Lifted (verification passed, or no longer needed).</summary>
    Released,
}
