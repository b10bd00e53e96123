using static Breakcard.Screening.Lexicon.Concept;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

public static partial class PatternCatalog
{
    // ADR 355: technical support on devices — the act itself (a device's identity rewritten, a block on it lifted) done
    // for pay for others who leave the devices unaccounted for. Its own pattern rather than more words for
    // `technical-support`, whose equipment needs a cover story or a purpose left unasked beside the equipment word.
    private static RiskPattern DeviceIdentity() => new("device-identity", "A device's identity rewritten or its block lifted for others",
        "改串号, 改IMEI, 改MAC, 改基带, 一键新机, 绕过风控, spoof the IMEI — for pay, with the devices' origin or purpose left unasked (从哪来别问), no record kept (不留记录, 不开单) or the point being that networks and platforms do not recognise the device (查不到是旧手机, 识别为新设备) — outside licensed hiring; not refused (不改串号, 未改).",
        0.80, RiskConduct.TechnicalSupport, [CriminalLaw287_2, AntiFraudLaw14, Interpretation2019No15Art11],
        "Rewriting a blocked phone's identity so that it can be used again is technical support under Art. 287-2; devices used for fraud are barred by Anti-Fraud Law Art. 14 (secondary source); unasked origin and destroyed records are evasion from which knowledge is presumed.",
        // The act's own terms before the whole-text expressions: without one there is nothing to quote (ADR 426).
        c => c.IsLicensedHiring || !(c.HasOffer || c.Has(PayLure)) || !DeviceIdentityReading.NamesIdentityAct(c) || !DeviceIdentityReading.ForOthersUnaccounted(c) ? []
            : Rules.Single(c, Equipment, i => DeviceIdentityReading.IsIdentityAct(c, i)));
}
