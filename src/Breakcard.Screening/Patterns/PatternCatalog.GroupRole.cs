using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 441: a closed group's membership or admin role used to put the poster's people inside, or the group handed over, for pay
// per group or with what they do kept from view (GroupRoleReadings). A method, not a field, as in PatternCatalog.BorderAndScan.cs.
public static partial class PatternCatalog
{
    private static RiskPattern GroupRoleLent() => new("group-role-lent",
        "A closed group's membership or admin role used to let the poster's people in, for pay per group or with what they do kept from view",
        "The reader's place in a closed group — a class or parents' group, a residents', church, alumni or club group, a Facebook page, a Discord, WeChat, QQ or Telegram group — used to bring the poster's man in (拉进你孩子的家长群, 邀请进你们小区业主群), raise him to admin (把他设为管理员, 升成群管), or hand the group over (群主转让给我; add our page as co-admin, make us owner, admin access, we buy groups), in one item with pay per group or per member (每个群五百, 拉一个群大几百, 一个500人群收800; $500 per group, a few hundred per server) or with pay and what he does kept from view (钱进谁账户别问, 家长问起就说我核实过; don't ask what we post, so members see nothing new); not refused in its clause, not narrated of someone else, outside licensed hiring and warning notices without an offer. The school or club appointing its own teacher or committee, a moderator's rules and a notice warning members are not it.",
        0.85, RiskConduct.AccountLending, [AntiFraudLaw31, CriminalLaw287_2, Interpretation2019No15Art11],
        "A group's members trust whoever its members and admins let in; selling that place per group to someone who then posts his own payment codes or links, told not to ask whose account the money reaches or what is posted, lends an internet account's function (Anti-Fraud Law Art. 31) and helps the frauds it carries (Art. 287-2); the per-group pay and the concealment are what makes the purpose known (法释〔2019〕15号 Art. 11).",
        c => c.IsLicensedHiring || (c.IsWarningNotice && !c.HasOffer) || !GroupRoleReadings.MentionsGroup(c) ? [] : GroupRoleReadings.GroupRoleLent(c))
    {
        StockLinesDoNotExcuse = true,
        NoticeLinesDoNotExcuse = true,
    };
}
