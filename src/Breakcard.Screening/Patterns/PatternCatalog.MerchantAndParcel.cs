using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 384: help that hides who stands behind a business or a parcel — a payment merchant fabricated on the reader's identity
// for a shop that is not theirs, and parcels shipped for others under a hidden sender. Read by MerchantAndParcelReadings;
// methods, not fields, as in PatternCatalog.FraudHelp.cs (the order of static initialisers across parts is not defined).
public static partial class PatternCatalog
{
    private static RiskPattern MerchantFront() => new("merchant-front",
        "A payment merchant fabricated on the reader's identity or with the recruiter's settlement card",
        "A shop onboarded for a payment code (进件, 收款码, 商户) with the reader standing as its owner or legal person (用自己身份证当“店主”, 法人：你的身份证) or its settlement card one the recruiter names (结算卡填我们给的卡), while the shop is not the reader's — its owner not told (不用跟老板说, 趁没人拍), its licence supplied (执照我们给) or the papers' use not to be asked — for pay, outside licensed hiring. An acquirer's field agent photographs the shop with its owner, checks the owner's own ID and requires the owner's own settlement card.",
        0.85, RiskConduct.PaymentSettlement, [CriminalLaw287_2, Opinion2021No22Art7, AntiFraudLaw31, Interpretation2019No15Art11],
        "A payment code whose owner of record is a stand-in and whose takings go to a card the recruiter names is a payment interface for others (法发〔2021〕22号 Art. 7) and payment settlement under Art. 287-2; lending one's identity to pass the acquirer's real-name check is barred by Anti-Fraud Law Art. 31.",
        c => !MerchantAndParcelReadings.MentionsMerchant(c) || c.IsLicensedHiring || c.IsWarningNotice || !FraudHelpReadings.Pays(c)
            ? [] : MerchantAndParcelReadings.FabricatedMerchant(c));

    private static RiskPattern HiddenSenderParcels() => new("hidden-sender-parcel",
        "Parcels shipped for others under a hidden sender, their contents disguised or not to be asked",
        "Parcels sent for pay per parcel (帮我们寄, 每周寄30单) — often on an employer's courier account — with at least two of: the sender's real name left out or the sender written as the company (不填真实姓名, 不走实名, 寄件人写公司), contents declared as papers that are cards in fact (“文件”（实际是银行卡、U盾、手机卡）), what is inside or who receives it not to be asked (里面是什么别问), a cover story for the courier's inspection or the company's reconciliation (快递员要开箱就说是文件) — outside licensed or formal hiring. A mail clerk ships the company's own papers under a real-name sender and lets the courier inspect them.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, AntiFraudLaw31, Interpretation2019No15Art11],
        "Carrying card kits between card dealers and the people who use them helps the card trade Anti-Fraud Law Art. 31 forbids and the fraud it serves (help under Art. 287-2); a hidden sender, disguised contents and a cover story are evasion from which knowledge is presumed.",
        c => !MerchantAndParcelReadings.MentionsParcel(c) || c.IsLicensedHiring || c.Has(Concept.FormalEmployment) || c.IsWarningNotice || !FraudHelpReadings.Pays(c)
            ? [] : MerchantAndParcelReadings.HiddenSenderParcels(c));
}
