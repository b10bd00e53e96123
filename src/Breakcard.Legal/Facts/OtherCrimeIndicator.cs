namespace Breakcard.Legal.Facts;

/// <summary>
/// Facts suggesting the conduct may also be another crime, so that Criminal Law Art. 287-2
/// para. 3 (the heavier provision applies) must be considered.
/// </summary>
public enum OtherCrimeIndicator
{
    /// <summary>
    /// The defendant personally transferred, withdrew or cashed out money known to be criminal
    /// proceeds (代为转账、套现、取现), pointing to concealing criminal proceeds (Criminal Law Art. 312).
    /// </summary>
    HandledProceeds,

    /// <summary>
    /// The defendant conspired with the principal offenders before the crime (事前通谋), pointing to
    /// joint liability for the helped crime itself, for example fraud (Criminal Law Art. 266).
    /// </summary>
    PriorConspiracy,
}
