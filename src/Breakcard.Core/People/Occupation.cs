namespace Breakcard.Core.People;

/// <summary>
/// Occupation, in the categories that matter for this crime: the source documents single out
/// students, people without fixed work, tech employees and bank or telecom insiders.
/// </summary>
public enum Occupation
{
    /// <summary>学生: a student (school, vocational school or university).</summary>
    Student = 1,

    /// <summary>无业 / 无固定职业: no fixed occupation.</summary>
    Unemployed = 2,

    /// <summary>农民: farmer.</summary>
    Farmer = 3,

    /// <summary>务工 / 职员: employee or worker.</summary>
    Employee = 4,

    /// <summary>个体经营: self-employed, shopkeeper, stall holder.</summary>
    SelfEmployed = 5,

    /// <summary>Employee of a technology company (developers, operations).</summary>
    TechEmployee = 6,

    /// <summary>Employee of a bank or payment institution.</summary>
    BankInsider = 7,

    /// <summary>Employee of a telecom operator or its agent (营业厅).</summary>
    TelecomInsider = 8,

    /// <summary>退休: retired.</summary>
    Retired = 9,

    /// <summary>Civil servant or public institution staff.</summary>
    PublicSector = 10,
}
