namespace Breakcard.Legal.Facts;

/// <summary>
/// Cards and accounts whose trade is help under 法发〔2021〕22号 Art. 7 and is forbidden by the
/// Anti-Fraud Law Art. 31.
/// </summary>
public enum CardKind
{
    /// <summary>Bank card, debit or credit (信用卡 in the criminal-law sense).</summary>
    BankCard,

    /// <summary>Bank account without a card, for example a corporate settlement account (银行账户).</summary>
    BankAccount,

    /// <summary>Non-bank payment account (非银行支付账户), for example a wallet at a payment institution.</summary>
    PaymentAccount,

    /// <summary>Internet account with a payment-settlement function, sold with its password (具有支付结算功能的互联网账号密码).</summary>
    InternetPaymentAccount,

    /// <summary>Online payment interface (网络支付接口).</summary>
    PaymentInterface,

    /// <summary>Online-banking digital certificate, for example a USB key (网上银行数字证书).</summary>
    OnlineBankingCertificate,

    /// <summary>Mobile phone card (手机卡).</summary>
    PhoneCard,

    /// <summary>Data-only card (流量卡).</summary>
    DataCard,

    /// <summary>Internet-of-things card (物联网卡).</summary>
    IotCard,
}

/// <summary>Whose card or account it is.</summary>
public enum CardHolder
{
    /// <summary>The defendant's own.</summary>
    Own,

    /// <summary>Another person's.</summary>
    Others,

    /// <summary>A unit's (company or other organisation), for example a corporate account.</summary>
    Unit,
}

/// <summary>What the defendant did with the card or account.</summary>
public enum Dealing
{
    /// <summary>Bought (收购).</summary>
    Bought,

    /// <summary>Sold (出售).</summary>
    Sold,

    /// <summary>Rented out (出租).</summary>
    Rented,

    /// <summary>
    /// Lent (出借). Forbidden by Anti-Fraud Law Art. 31, but not among the dealings
    /// (收购、出售、出租) that 法发〔2021〕22号 Arts. 7 and 9 count.
    /// </summary>
    Lent,
}

/// <summary>Classification helpers for card kinds and dealings.</summary>
public static class CardKinds
{
    /// <summary>True for the payment tools of 法发〔2021〕22号 Art. 7 item 1 (cards, accounts, interfaces, certificates).</summary>
    public static bool IsPaymentTool(this CardKind kind) => kind is not (CardKind.PhoneCard or CardKind.DataCard or CardKind.IotCard);

    /// <summary>True for the telecom cards of 法发〔2021〕22号 Art. 7 item 2 (phone, data and IoT cards).</summary>
    public static bool IsTelecomCard(this CardKind kind) => !kind.IsPaymentTool();

    /// <summary>True for bank cards and bank accounts, the "cards" of the 2022 minutes' inflow rule.</summary>
    public static bool IsBankCardOrAccount(this CardKind kind) => kind is CardKind.BankCard or CardKind.BankAccount;

    /// <summary>True for the dealings 法发〔2021〕22号 Art. 7 names: buying, selling, renting (not lending).</summary>
    public static bool IsTradedUnderOpinionII(this Dealing dealing) => dealing is Dealing.Bought or Dealing.Sold or Dealing.Rented;

    /// <summary>True for handing a card over to someone else: selling or renting.</summary>
    public static bool IsSoldOrRented(this Dealing dealing) => dealing is Dealing.Sold or Dealing.Rented;
}
