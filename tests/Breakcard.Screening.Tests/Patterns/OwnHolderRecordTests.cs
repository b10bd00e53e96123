using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Breakcard.Screening.Scoring;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 475, on hand-written texts in forms no simulator template writes: an honest record keeps what it names with its holder
/// (own account or contract, others refused, no one else receiving), while its risky twin in the same form names who receives —
/// the poster, its account, a counterpart — or leans only on a pasted stock line. A receiver inside a sentence that refuses or
/// reports the approach is the approach's, not the record's.
/// </summary>
public sealed class OwnHolderRecordTests(TrainedModelFixture fixture)
{
    private static bool Holds(string text) => OwnHolderRecord.Holds(TextNormaliser.Default.Normalise(text));

    [Theory]
    [InlineData("【押金退还单】租客：本人签约 ✔　押金：原路退回租客本人的银行卡 ✔，不转给第三方 ✔　经办：前台小吴")]
    [InlineData("【会员卡领取记录】领取人：会员本人到场 ✔，刷脸核验 ✔；卡只交给本人，不代领 ✔\n提醒：有人出钱让你把会员卡转给他们，拒绝并告诉店长")]
    [InlineData("Locker key log: key issued to the cardholder in person ✔, no third-party pick-up ✔. Note: if someone offers you cash to pass a key to them, refuse and report it to the desk.")]
    [InlineData("【實習工資確認】工資：打到你自己的銀行卡 ✔，勞動合同自己簽 ✔，卡不借給他人 ✔")]
    // Others named 他人 rather than 第三方 (ADR 480).
    [InlineData("【保证金登记】竞买人：李女士（本人刷脸 ✔）\n缴款：用竞买人名下的银行卡交保证金 ✔，不收他人代交 ✔，退款只回付款卡 ✔")]
    [InlineData("【競拍保證金單】競買人：黃先生（本人實名 ✔）\n資金：從競買人名下的銀行卡繳保證金 ✔，不接受他人代付 ✔")]
    // A business's own books reconciled by its own script; a patient's card kept by the family (ADR 480).
    [InlineData("【对账脚本需求】提出：本公司财务部　内容：每晚拉取本公司收款流水和银行对账单核对 ✔，只读权限，不替人确认收款 ✔")]
    [InlineData("【陪护交接表】老人手机、银行卡由家属本人保管 ✔，银行来电由家属接听 ✔，护工不碰卡和密码 ✔")]
    public void AnHonestRecord_KeepsWhatItNamesWithItsHolder(string text) => Assert.True(Holds(text));

    [Theory]
    // The same forms handing over to the poster or a counterpart.
    [InlineData("【押金退还单】租客：本人签约 ✔　押金：先打到你本人的银行卡，再转给我们指定账户，不转给第三方 ✔")]
    [InlineData("【会员卡领取记录】领取人：你本人到场刷脸 ✔，卡领到后交给我们，一张给100元，不代领 ✔")]
    [InlineData("Locker key log: keys issued to you in person ✔, no third-party pick-up ✔, then hand them to our guy, $50 a key.")]
    // Only the stock anti-fraud line refuses: offers paste it beside themselves (ADR 407).
    [InlineData("用你本人的银行卡收款，一单50元。温馨提示：全民反诈，不出租、不出借、不出售银行卡")]
    // The same deposit form with the poster as the receiver (ADR 480's 他人 refusal does not excuse it).
    [InlineData("【保证金登记】竞买人：你本人刷脸 ✔，不收他人代交 ✔\n缴款：钱我们先转给你，用你名下的银行卡交保证金，退款到账后转给我们指定账户，每单200元")]
    [InlineData("【对账脚本需求】本公司收款流水先走你的卡，不替人确认收款 ✔，到账后转给我们指定账户，每天200元")]
    [InlineData("【陪护交接表】卡主的手机、银行卡本人保管 ✔，你陪着他，银行来电时交给我们的人接，日结300")]
    // No holder named at all.
    [InlineData("不收第三方代付，押金退回")]
    public void ARecordThatHandsOverOrOnlyQuotesAStockLine_IsNotOne(string text) => Assert.False(Holds(text));

    // A warning's receiver in its own refusing sentence; the same receiver in the record's own line.
    [Fact]
    public void AReceiverInARefusingSentence_IsTheApproachs()
    {
        Assert.True(Holds("记录：卡归学生本人拿着 ✔，不借给他人 ✔。提醒：有人出钱让你把卡交给他们，拒绝并报警"));
        Assert.False(Holds("记录：卡归学生本人拿着 ✔，不借给他人 ✔。办完把卡交给他们，一张给300"));
    }

    // The screener: the kind joins the honest context, so the floor no longer lifts an honest record whose own corporate account a
    // reading took for a traded one (hc-l371), while the same text read without it (the option off) is floored as before
    // ADR 475. The risky twin in the same form is read as before.
    [Fact]
    public void TheScreener_CountsTheRecordAsHonestContext_AndLeavesItsTwin()
    {
        const string record = "【工位租赁协议】编号：GW3308　出租方：成都启明孵化器有限公司（场地产权可查 ✔）　承租企业：成都禾丰文化传播有限公司，法人本人签约 ✔\n用途：企业在此实际办公，注册地址即办公地址 ✔，对公账户归企业自己管理 ✔\n要求：银行上门核实时由企业自己的负责人接待 ✔\n记录：资料存档，不给空壳公司挂靠地址";
        const string twin = "【工位租赁协议】法人：你本人签约 ✔，注册地址用这里 ✔，不借给他人 ✔\n之后：对公账户开好后网银U盾交给我们保管，每月给你800元，公司做什么不用问";
        var on = new AdScreener(TextNormaliser.Default, fixture.Model);
        var off = new AdScreener(TextNormaliser.Default, fixture.Model, ScreeningOptions.Default with { OwnHolderRecords = false });
        Assert.True(Holds(record));
        var before = off.Screen(record);
        var after = on.Screen(record);
        Assert.Contains(before.Reasons, r => r.Id == "offence-structure-floor");
        Assert.DoesNotContain(after.Reasons, r => r.Id == "offence-structure-floor");
        Assert.True(after.Score < before.Score);
        Assert.False(Holds(twin));
        Assert.Equal(off.Screen(twin).Score, on.Screen(twin).Score);
    }
}
