namespace Breakcard.Cases.CaseFiles;

/// <summary>
/// How a person was drawn into selling or renting cards — the categories of the source documents:
/// false recruitment and part-time-job ads (the SPP's "most prominent" trap), campus recruiting,
/// fellow villagers, employers and internships (technology employees), and insiders at banks and
/// operators. Used for cause investigation (source paper 4.3: "case verification, cause
/// investigation and management functions").
/// </summary>
public enum CauseCategory
{
    /// <summary>A false or illegal recruitment or part-time-job ad (刷单兼职, 日结高薪).</summary>
    RecruitmentAd = 1,

    /// <summary>Recruited on or around a campus, often by a student card dealer.</summary>
    Campus,

    /// <summary>Talked into it by a fellow villager (老乡).</summary>
    FellowVillager,

    /// <summary>Through an employer or an internship placement.</summary>
    Employer,

    /// <summary>A bank or telecom insider opened or sold the cards.</summary>
    Insider,

    /// <summary>Another way, described in the detail.</summary>
    Other,
}
