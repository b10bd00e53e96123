using Breakcard.Core.Companies;
using Breakcard.Simulation.Internal;
using Breakcard.Simulation.Population;

namespace Breakcard.Simulation.World;

/// <summary>What a company does: decides its flows and its registered business scope.</summary>
internal enum CompanyKind : byte
{
    Retail = 1,
    Catering,
    Trading,
    Manufacturing,
    Tech,
    Construction,
    Logistics,
    Courier,
    Property,
    Bank,
    Telecom,
    Public,
    Platform,
    Utility,
    SocialSecurity,
    Shell,
}

/// <summary>Every company as parallel lists. Index i has id "C" + (i + 1) in six digits.</summary>
internal sealed class CompanyTable
{
    public int Count => Kind.Count;

    public List<CompanyKind> Kind { get; } = [];

    public List<string?> FixedName { get; } = [];

    public List<int> LegalRep { get; } = [];

    public List<int> District { get; } = [];

    /// <summary>Key of the registered address; companies sharing a key share the address.</summary>
    public List<ulong> AddressKey { get; } = [];

    public List<int> Registered { get; } = [];

    public List<CompanyStatus> Status { get; } = [];

    /// <summary>The company's basic account, or -1.</summary>
    public List<int> Account { get; } = [];

    /// <summary>Registration agent (person index), or -1.</summary>
    public List<int> Agent { get; } = [];

    /// <summary>Day of the month salaries are paid (0: no payroll).</summary>
    public List<int> Payday { get; } = [];

    /// <summary>Bank index (for banks) or operator (for operators), else -1.</summary>
    public List<int> Institution { get; } = [];

    /// <summary>Corporate group (shared legal representative and address), or -1.</summary>
    public List<int> Group { get; } = [];

    public List<int> Ring { get; } = [];

    public int Add(CompanyKind kind, string? fixedName, int legalRep, int district, ulong addressKey, int registered,
        CompanyStatus status, int payday, int institution)
    {
        Kind.Add(kind);
        FixedName.Add(fixedName);
        LegalRep.Add(legalRep);
        District.Add(district);
        AddressKey.Add(addressKey);
        Registered.Add(registered);
        Status.Add(status);
        Account.Add(-1);
        Agent.Add(-1);
        Payday.Add(payday);
        Institution.Add(institution);
        Group.Add(-1);
        Ring.Add(-1);
        return Kind.Count - 1;
    }

    public static string IdOf(int company) => "C" + (company + 1).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The registered name: fixed for institutions, otherwise "成都" + trade name + industry + "有限公司".</summary>
    public string NameOf(int company)
    {
        if (FixedName[company] is { } name)
        {
            return name;
        }

        var h = Hashing.Mix((ulong)company, 0xC0);
        const string chars = "鑫达源通华盛恒瑞丰泰宏远佳顺和兴锦川蜀天府蓉城浩宇创新博智联睿德诚信安晟昊";
        var trade = string.Concat(chars[(int)(h % (ulong)chars.Length)].ToString(), chars[(int)((h >> 16) % (ulong)chars.Length)].ToString());
        return "成都" + trade + Industry(Kind[company], h >> 32) + "有限公司";
    }

    /// <summary>The registered business scope (经营范围).</summary>
    public string ScopeOf(int company) => Kind[company] switch
    {
        CompanyKind.Retail => "日用百货销售；食品销售；烟草制品零售",
        CompanyKind.Catering => "餐饮服务；食品销售",
        CompanyKind.Trading => "五金产品批发；建筑材料销售；货物进出口",
        CompanyKind.Manufacturing => "金属制品制造；机械零部件加工",
        CompanyKind.Tech or CompanyKind.Shell => "软件开发；信息技术咨询服务；技术服务、技术开发、技术咨询",
        CompanyKind.Construction => "建设工程施工；装饰装修",
        CompanyKind.Logistics => "普通货物仓储服务；道路货物运输",
        CompanyKind.Courier => "快递服务；国内货物运输代理",
        CompanyKind.Property => "房地产经纪；住房租赁；物业管理",
        CompanyKind.Bank => "吸收公众存款；发放贷款；办理结算",
        CompanyKind.Telecom => "基础电信业务；移动通信服务",
        CompanyKind.Public => "公共管理服务",
        CompanyKind.Platform => "互联网销售；电子商务平台服务",
        CompanyKind.Utility => "供电、供水、供气服务",
        CompanyKind.SocialSecurity => "社会保险经办服务",
        _ => throw new ArgumentOutOfRangeException(nameof(company)),
    };

    /// <summary>The registered address.</summary>
    public string AddressOf(int company) => Addresses.Office(AddressKey[company], District[company]);

    private static string Industry(CompanyKind kind, ulong h) => kind switch
    {
        CompanyKind.Retail => "商贸",
        CompanyKind.Catering => "餐饮管理",
        CompanyKind.Trading => h % 2 == 0 ? "贸易" : "商贸",
        CompanyKind.Manufacturing => "机械制造",
        CompanyKind.Tech => h % 2 == 0 ? "科技" : "信息技术",
        CompanyKind.Shell => h % 3 == 0 ? "网络科技" : h % 3 == 1 ? "信息技术" : "商务咨询",
        CompanyKind.Construction => "建筑工程",
        CompanyKind.Logistics => "物流",
        CompanyKind.Courier => "快递服务",
        CompanyKind.Property => "房地产经纪",
        CompanyKind.Platform => "电子商务",
        _ => "实业",
    };
}
