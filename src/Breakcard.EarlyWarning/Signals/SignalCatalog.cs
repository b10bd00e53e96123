namespace Breakcard.EarlyWarning.Signals;

/// <summary>
/// Every signal with its weight. Weights were set on a development city (seed 101) and checked on
/// a second city nothing was tuned on (docs/early-warning.md, ADR 100).
/// </summary>
public static class SignalCatalog
{
    /// <summary>Every signal, by kind.</summary>
    public static IReadOnlyDictionary<SignalKind, SignalInfo> All { get; } = new Dictionary<SignalKind, SignalInfo>
    {
        [SignalKind.NewSecondAccount] = new(SignalKind.NewSecondAccount, 0.40, "new account opened beside an existing one",
            "您近期新开了一张银行卡（您名下已有其他银行卡）", "simulation.md typology 1 (card opened days before the sale); FDIC new-account velocity", false),
        [SignalKind.NewBoundPhone] = new(SignalKind.NewBoundPhone, 0.25, "newly activated phone card bound to the account",
            "绑定银行卡的手机号是近期新办的", "simulation.md typology 1 (a new SIM bound for the buyer); Anti-Fraud Law Arts. 10–11", false),
        [SignalKind.UnknownDeviceLogin] = new(SignalKind.UnknownDeviceLogin, 0.60, "login from an unregistered device",
            "有一台不属于您、也不属于任何已知客户的设备登录了您的手机银行", "INDICATORS.md (shared device); Anti-Fraud Law Art. 18 (device data)", true),
        [SignalKind.SharedDeviceLogin] = new(SignalKind.SharedDeviceLogin, 0.35, "login from a device used for several other people's accounts",
            "登录您账户的设备还登录过其他多人的账户", "INDICATORS.md (logins from the same device for many accounts)", true),
        [SignalKind.OtherPersonDeviceLogin] = new(SignalKind.OtherPersonDeviceLogin, 0.05, "login from another customer's device",
            "有他人的手机登录了您的手机银行", "INDICATORS.md (shared device) — weak: family members help each other", false),
        [SignalKind.TestTransfer] = new(SignalKind.TestTransfer, 0.45, "tiny test transfer from a first-time payer",
            "有陌生账户向您转入了一笔一元以下的“测试”款", "simulation.md typology 1 (the buyer's ¥0.01–¥1 test transfer)", true),
        [SignalKind.StrangerInflows] = new(SignalKind.StrangerInflows, 0.20, "several first-time payers within a day",
            "一天之内有多个陌生人向您转账", "INDICATORS.md (fan-in from unrelated payers); PBOC 2006 Art. 11(1)", false),
        [SignalKind.PassThrough] = new(SignalKind.PassThrough, 0.45, "money from strangers passed on within minutes, repeatedly",
            "陌生人转入的钱多次在几分钟内几乎全额转给了别人", "INDICATORS.md (pass-through); PBOC 2006 Art. 11(1)", true),
        [SignalKind.DormantRevived] = new(SignalKind.DormantRevived, 0.35, "long-dormant card suddenly used by others",
            "您一张长期不用的银行卡突然被他人登录或收到陌生转账", "INDICATORS.md (dormant card suddenly active); PBOC 2006 Art. 11(4)", false),
        [SignalKind.MonitoringAlert] = new(SignalKind.MonitoringAlert, 0.60, "monitoring alert on the account",
            "银行的风险监测系统对您的账户发出了预警", "Breakcard monitoring (alerts.jsonl)", false),
    };

    /// <summary>The signal's description.</summary>
    public static SignalInfo Of(SignalKind kind) => All[kind];
}
