namespace Breakcard.Core.People;

/// <summary>Gender as recorded on the identity card (and so in judgments).</summary>
public enum Gender
{
    /// <summary>男.</summary>
    Male = 1,

    /// <summary>女.</summary>
    Female = 2,
}
