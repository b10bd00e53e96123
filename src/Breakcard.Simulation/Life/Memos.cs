namespace Breakcard.Simulation.Life;

/// <summary>
/// Transfer memos (附言). Events store an index; the writers use the pre-encoded bytes. None of
/// the memos needs CSV quoting or JSON escaping (checked by a test).
/// </summary>
internal static class Memos
{
    public const short None = 0;
    public const short Salary = 1;
    public const short Rent = 2;
    public const short LivingExpenses = 3;
    public const short RedEnvelope = 4;
    public const short Repayment = 5;
    public const short Goods = 6;
    public const short Reimbursement = 7;
    public const short Utilities = 8;
    public const short PhoneBill = 9;
    public const short Pension = 10;
    public const short Transfer = 11;
    public const short CashOnDelivery = 12;
    public const short ServiceFee = 13;
    public const short Investment = 14;
    public const short Deposit = 15;
    public const short UnfreezeFee = 16;
    public const short Loan = 17;
    public const short Tuition = 18;
    public const short Medical = 19;
    public const short SafeAccount = 20;

    public static readonly string[] Text =
    [
        "", "工资", "房租", "生活费", "红包", "还款", "货款", "报销", "水电费", "话费", "养老金",
        "转账", "代收货款", "服务费", "投资", "保证金", "解冻费", "借款", "学费", "医药费", "安全账户",
    ];

    public static readonly byte[][] Utf8 = Array.ConvertAll(Text, System.Text.Encoding.UTF8.GetBytes);
}
