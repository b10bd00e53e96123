namespace Breakcard.Cases.Identity;

/// <summary>
/// The kinds of institution the source paper (section 4.3) asks to share data: the reporting side
/// (banks, payment institutions, telecom operators, internet platforms) and the justice side
/// (police, procuratorates, courts).
/// </summary>
public enum InstitutionKind
{
    /// <summary>A bank (银行).</summary>
    Bank = 1,

    /// <summary>A non-bank payment institution (非银行支付机构).</summary>
    PaymentInstitution = 2,

    /// <summary>A telecom operator (电信运营商).</summary>
    Telecom = 3,

    /// <summary>An internet or recruitment platform (互联网平台).</summary>
    Platform = 4,

    /// <summary>A public security organ (公安机关).</summary>
    Police = 5,

    /// <summary>A people's procuratorate (人民检察院).</summary>
    Procuratorate = 6,

    /// <summary>A people's court (人民法院).</summary>
    Court = 7,
}
