namespace Breakcard.Judgments.Tests.Extraction;

/// <summary>
/// Conduct typing, one phrase family at a time, in the wording of published findings of fact
/// (development data: written for the conduct-typing change of 2026-11-23, ADR 140). Labels follow
/// docs/judgments.md literally: own_cards — the defendant's own cards or accounts sold, rented or
/// lent; card_dealing — others' cards bought, collected or recruited; payment_settlement — the
/// defendant moved the money himself; telecom_cards — phone, data or IoT cards; and so on.
/// </summary>
public sealed class ConductPhraseTests
{
    [Theory]
    // Own cards without a possessive: opened by the defendant, then handed over.
    [InlineData("2021年6月，被告人张某在明知他人利用信息网络实施犯罪的情况下，到多家银行办理银行卡4张，后将上述银行卡及U盾以2000元的价格出售给他人。", "张某=own_cards")]
    [InlineData("2021年6月，被告人张某为获取非法利益，将银行卡出租给上家使用，获利1500元。", "张某=own_cards")]
    [InlineData("2021年6月，被告人张某应网友要求新办了一张中国银行卡，并将该卡及密码提供给对方使用。", "张某=own_cards")]
    [InlineData("2021年6月，被告人张某将自己实名注册的微信账号、支付宝账号出租给他人用于收款，获利800元。", "张某=own_cards")]
    [InlineData("2021年6月，被告人张某将其办理的对公账户及公章、营业执照出售给他人，获利5000元。", "张某=own_cards")]
    [InlineData("2021年6月，被告人张某将本人身份证办理的手机卡3张出售给他人，获利300元。", "张某=telecom_cards")] // phone cards only: telecom_cards alone (docs/judgments.md, the city convention)
    // Own card used by the defendant for the ring: moving money, not giving the card away.
    [InlineData("2021年6月，被告人张某按照上家的指示，使用其名下的银行卡接收并转出资金共计50万余元，获利2000元。", "张某=payment_settlement")]
    [InlineData("2021年6月，被告人张某通过其微信、支付宝收款码为他人收取款项后转给上家，俗称“跑分”。", "张某=payment_settlement")]
    [InlineData("2021年6月，被告人张某在上家安排下，利用本人银行卡为他人进行资金承兑，获利3000元。", "张某=payment_settlement")]
    [InlineData("2021年6月，被告人张某通过购买、出售虚拟货币（USDT）的方式，帮助上家转移资金共计30万元。", "张某=payment_settlement")]
    [InlineData("2021年6月，被告人张某将其银行卡出借给他人，并随同对方到外地，配合进行刷脸验证。", "张某=own_cards+payment_settlement")]
    [InlineData("2021年6月，被告人张某多次持其本人银行卡到银行柜台取现，并将现金交给上家指定的人员。", "张某=payment_settlement")]
    // The ring moved the money: the card's flow, not the defendant's act.
    [InlineData("2021年6月，被告人张某将其名下银行卡出售给他人。该卡接收转账共计40万元，随即被转出。", "张某=own_cards")]
    [InlineData("2021年6月，被告人张某将其银行卡提供给他人使用。上家利用该卡进行转账、取现，流水共计80万元。", "张某=own_cards")]
    [InlineData("2021年6月，被告人张某将其银行卡出售给他人，后该卡被用于接收诈骗资金并转账。", "张某=own_cards")]
    // Negation: what the defendant did not do.
    [InlineData("2021年6月，被告人张某将其银行卡出租给他人使用，其本人未参与转账操作。", "张某=own_cards")]
    [InlineData("2021年6月，被告人张某将其银行卡出租给他人使用，但并未实施取现行为。", "张某=own_cards")]
    // Card dealing: finding, recruiting, buying and passing on others' cards.
    [InlineData("2021年6月，被告人张某以每张800元的价格从他人处收购银行卡，再以每张1500元的价格卖给上家，从中赚取差价。", "张某=card_dealing")]
    [InlineData("2021年6月，被告人张某帮助上家寻找愿意出售银行卡的人员，每介绍一人获取好处费200元。", "张某=card_dealing")]
    [InlineData("2021年6月，被告人张某带领多名同学到银行办理银行卡，后将办理的银行卡交给上家，获利4000元。", "张某=card_dealing")]
    [InlineData("2021年6月，被告人张某在微信群内发布收卡信息，收集他人银行卡后转交给上家使用。", "张某=card_dealing")]
    [InlineData("2021年6月，被告人张某从他人处租用微信账号，转租给上家用于实施诈骗。", "张某=card_dealing")]
    [InlineData("2021年6月，被告人张某收购他人手机卡200余张，出售给上家用于注册账号。", "张某=card_dealing+telecom_cards")]
    // Phone cards: verification codes, IoT cards.
    [InlineData("2021年6月，被告人张某办理多张手机卡后，利用手机卡为他人接收短信验证码，获利6000元。", "张某=telecom_cards")]
    [InlineData("2021年6月，被告人张某将其名下的物联网卡出租给他人，获利1200元。", "张某=telecom_cards")]
    // Devices and technical support.
    [InlineData("2021年6月，被告人张某在出租屋内架设多卡宝设备，插入上家提供的手机卡，供境外人员拨打电话。", "张某=telecom_cards+transmission_devices")]
    [InlineData("2021年6月，被告人张某为他人开发虚假投资APP并提供后台维护，收取费用8万元。", "张某=technical_support")]
    [InlineData("2021年6月，被告人张某为他人提供云服务器租用服务，并帮助对方解决网站访问故障。", "张某=technical_support")]
    [InlineData("2021年6月，被告人张某为诈骗团伙提供“改机”软件及代理IP，获利2万元。", "张某=technical_support")]
    // Advertising.
    [InlineData("2021年6月，被告人张某在抖音、快手等平台发布刷单兼职信息，将被害人拉入上家的微信群，按人头获取佣金。", "张某=advertising")]
    [InlineData("2021年6月，被告人张某为他人的博彩网站进行推广引流，获利1万元。", "张某=advertising")]
    // An advertisement only seen, a purchase only offered: the defendant sold own cards.
    [InlineData("2021年6月，被告人张某在网上看到有人高价收购银行卡的信息后，将其名下的银行卡出售给对方。", "张某=own_cards")]
    [InlineData("2021年6月，被告人张某经他人介绍，将其农业银行卡出租给上家使用。", "张某=own_cards")]
    // Second batch: other verbs of handing over, insiders, fraud money moved by the defendant.
    [InlineData("2021年6月，被告人张某将其开办的银行卡、U盾通过快递邮寄给上家，获利2400元。", "张某=own_cards")]
    [InlineData("2021年6月，被告人张某将自己的手机银行账号及登录密码告知上家，供其使用。", "张某=own_cards")]
    [InlineData("2021年6月，被告人张某注册成立某商贸有限公司并开设对公账户后，将该账户转让给他人，获利8000元。", "张某=own_cards")]
    [InlineData("2021年6月，被告人张某按照上家指令，将转入其银行卡内的诈骗资金转至指定账户，获利1100元。", "张某=payment_settlement")]
    [InlineData("2021年6月，被告人张某在“某某”跑分平台注册账号，使用其支付宝账号接收他人转账后再转出，赚取佣金。", "张某=payment_settlement")]
    [InlineData("2021年6月，被告人张某作为某银行客户经理，违规为他人批量开立银行账户并交付他人使用。", "张某=card_dealing")]
    [InlineData("2021年6月，被告人张某仍将其银行卡交由他人使用，并应对方要求进行刷脸验证。", "张某=own_cards+payment_settlement")]
    [InlineData("2021年6月，被告人张某以每月500元的租金将其名下两张银行卡租给他人，后又购买他人手机卡20张转卖给上家。", "张某=own_cards+card_dealing+telecom_cards")]
    [InlineData("2021年6月，被告人张某在家中使用“猫池”设备为他人提供通话转接服务，获利3万元。", "张某=transmission_devices")]
    [InlineData("2021年6月，被告人张某受他人雇佣，在网上发布虚假的投资理财广告，吸引被害人添加好友。", "张某=advertising")]
    [InlineData("2021年6月，被告人张某将其名下银行卡出售给他人。经查，被害人王某被骗后向该卡转账5万元。", "张某=own_cards")]
    public void Conduct_OneDefendant_PhraseFamily(string facts, string expected)
    {
        Assert.Equal(expected, PhraseJudgment.Conduct(PhraseJudgment.Extract(facts, "张某")));
    }

    [Theory]
    // Co-defendants: a dealer and the sellers he recruited.
    [InlineData("2021年6月，被告人李某收购被告人张某的银行卡，后出售给上家。", "张某=own_cards;李某=card_dealing")]
    [InlineData("2021年6月，被告人李某介绍被告人张某将其银行卡出售给上家，李某从中获取介绍费500元。", "张某=own_cards;李某=card_dealing")]
    [InlineData("2021年6月，被告人张某、李某将各自名下的银行卡出租给他人使用，并按照上家指令操作转账。", "张某=own_cards+payment_settlement;李某=own_cards+payment_settlement")]
    [InlineData("2021年6月，被告人李某伙同被告人张某，使用张某名下的银行卡为上家转移资金。", "张某=payment_settlement;李某=payment_settlement")] // the owner moved the money with the other: his card was not given away
    [InlineData("2021年6月，被告人张某将其银行卡交给被告人李某，由李某负责取现后交给上家。", "张某=own_cards;李某=payment_settlement")]
    [InlineData("2021年6月，被告人李某招募被告人张某等人到外地“搬砖”，张某提供其名下银行卡并刷脸转账，李某负责看管。", "张某=own_cards+payment_settlement;李某=card_dealing")]
    public void Conduct_CoDefendants_EachTheirOwnActs(string facts, string expected)
    {
        Assert.Equal(expected, PhraseJudgment.Conduct(PhraseJudgment.Extract(facts, "张某", "李某")));
    }

    [Theory]
    // Found in held-out v4's first run (ADR 140): 二人 as the subject, the object and the verb in two clauses, a pretext.
    [InlineData("2021年6月，被告人王某找到被告人张某、李某，二人同意将各自名下的银行卡出租。", "张某=own_cards;李某=own_cards;王某=")]
    [InlineData("2021年6月，被告人王某将其本人名下的银行卡一张，以500元的价格出售给对方。", "张某=;李某=;王某=own_cards")]
    [InlineData("2021年6月，被告人王某的同学周某以帮朋友走账为由向王某借用银行卡，王某将其银行卡借给周某使用。", "张某=;李某=;王某=own_cards")]
    public void Conduct_ThreeDefendants_HeldOutV4Families(string facts, string expected)
    {
        Assert.Equal(expected, PhraseJudgment.Conduct(PhraseJudgment.Extract(facts, "张某", "李某", "王某")));
    }
}
