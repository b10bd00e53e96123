namespace Breakcard.EarlyWarning.Warnings;

/// <summary>Who should act on a warning.</summary>
public enum Intervention
{
    /// <summary>The holder's bank: send the message, call or invite to the counter, review the card (Anti-Fraud Law Art. 18).</summary>
    Bank = 1,

    /// <summary>The student's school: the counsellor talks to the student (the paper's 4.1: targeted education).</summary>
    School = 2,

    /// <summary>Police: the card already seems to be in others' hands or the thresholds are reached — refer to the anti-fraud centre.</summary>
    Police = 3,
}
