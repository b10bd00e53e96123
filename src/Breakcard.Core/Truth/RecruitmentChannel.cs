namespace Breakcard.Core.Truth;

/// <summary>
/// How a person was drawn into selling or renting cards, in the categories of the source
/// documents (news seed: recruitment, internships and part-time jobs; fellow villagers and people
/// around campus; insiders breaching the real-name rules). Ground truth for the cases and
/// prevention work that needs causes, not only conduct.
/// </summary>
public enum RecruitmentChannel
{
    /// <summary>Not recruited (not a seller, or not known).</summary>
    None = 0,

    /// <summary>A false or illegal recruitment / part-time-job advertisement (刷单兼职, 日结高薪).</summary>
    RecruitmentAd = 1,

    /// <summary>Recruited on or around a campus, often by a student card dealer.</summary>
    Campus = 2,

    /// <summary>Talked into it by a fellow villager (老乡) from the same home region.</summary>
    FellowVillager = 3,

    /// <summary>Through an employer or an internship placement.</summary>
    Employer = 4,

    /// <summary>Cards were opened in the person's name by a bank or telecom insider.</summary>
    Insider = 5,
}
