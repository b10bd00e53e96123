using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 441, on hand-written sentences that come from no simulator template: a closed group's membership or admin role used to
/// let the poster's people in, or the group handed over, for pay per group or with what they do kept from view — against the
/// school, the club or the members appointing their own admin in the same words, a moderator's rules and a notice.
/// </summary>
public sealed class GroupRoleReadingTests
{
    private static bool Live(string text) =>
        PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Any(h => h.Pattern.Id == "group-role-lent" && !h.Negated);

    [Theory]
    // A stranger's account brought into a residents' group per group; a group's ownership bought per group; a parents' group
    // joined by "our teacher" with whose account the money reaches unasked; an alumni group's admin role for a story; a Discord
    // server bought; a page added as co-admin with what it posts unasked; a friend made admin with the members kept unaware.
    [InlineData("帮我把这个号拉进你们小区业主群，每拉一个群给50，他在群里发什么你别管。")]
    [InlineData("收群：有500人以上宝妈群的群主，把群主转让给我，一个500人群收800，转完你退群就行。")]
    [InlineData("家长副业：把我们的老师邀请进你孩子的班级群，他发的缴费码你先交，钱进谁的账户不用管，每个群给三百。")]
    [InlineData("你是校友群管理员的话，把我们的人设为管理员，一次给你200元，其他校友问起就说是母校新来的老师。")]
    [InlineData("We buy Discord servers with active members: make us owner, $200 per server.")]
    [InlineData("Run a church or alumni group? Add our page as co-admin for a week, $150. Don't ask what we post.")]
    [InlineData("Add my friend as admin to your mom group, $50 per group. Don't tell the other moms he's with us.")]
    public void GroupRoleLentForPay_IsFound(string text) => Assert.True(Live(text));

    [Theory]
    // The management company bringing in its own steward; the school handing the class group to the new class teacher; a club's
    // elected chair made owner; an elected member made admin; a moderator's rules; a parents' notice describing the approach; the
    // same approach refused; a community manager paid to bring customers into the company's own groups, nothing kept from view.
    [InlineData("物业通知：新来的物业管家小王的微信，请各楼栋群主把他拉进本楼业主群，物业会在群里公告他的工牌和电话，不收任何费用。")]
    [InlineData("班主任调动通知：三年二班家长群群主转让给新班主任王老师，学校教务处已在群里公告。")]
    [InlineData("At the AGM the outgoing president will make the newly elected chair owner of our Discord server. No money changes hands.")]
    [InlineData("We will add Sarah as admin: the members voted for her, nobody is paid for the role, and everyone was told in the pinned post.")]
    [InlineData("Group rules: admins remove anyone who posts payment codes or asks members to pay, and never add outsiders as admin.")]
    [InlineData("【家长提醒】近期有人出钱让家长把“老师”拉进班级群，每个群给三百，还说钱进谁账户别问，这是诈骗，请告诉班主任。")]
    [InlineData("有人给钱让你把陌生人拉进家长群，每个群几百元，一律拒绝并报告学校。")]
    [InlineData("社群运营：把来店顾客拉进门店的会员群，每个群满200人奖励100元，群规和活动由公司统一发布。")]
    public void HonestGroupWorkInTheSameWords_IsNotIt(string text) => Assert.False(Live(text));
}
