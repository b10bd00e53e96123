namespace Breakcard.Core.People;

/// <summary>Highest education completed, in the categories judgments and national statistics use.</summary>
public enum Education
{
    /// <summary>文盲 or 小学: primary school or none.</summary>
    PrimaryOrNone = 1,

    /// <summary>初中: junior high school.</summary>
    JuniorHigh = 2,

    /// <summary>高中, 中专 or 职高: senior high or secondary vocational school.</summary>
    SeniorHigh = 3,

    /// <summary>大专: junior college.</summary>
    JuniorCollege = 4,

    /// <summary>大学本科: bachelor's degree.</summary>
    Bachelor = 5,

    /// <summary>研究生: postgraduate.</summary>
    Postgraduate = 6,
}
