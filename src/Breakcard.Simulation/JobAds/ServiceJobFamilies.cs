namespace Breakcard.Simulation.JobAds;

/// <summary>
/// More training families of ordinary work — trades, care, services, office and remote work —
/// so a model learns what an ordinary ad looks like in general rather than the few families it
/// is shown, and the words risky ads share with honest ones (日结, 学生, 在家, 代理, 注册) appear on
/// both sides.
/// </summary>
internal static class ServiceJobFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Legitimate("security-cleaning", JobAdAudience.Unemployed,
        [
            "{小区|写字楼|商场|医院}{招|急招}{保安|保洁|保洁阿姨|夜班保安}，{年龄|要求年龄}{50岁以下|55岁以内|18-55岁}，<salary_month>，{包吃住|包一餐|提供宿舍}，<hours>，<contact>",
            "{物业公司|<company>}{招聘|诚聘}{秩序维护员|保洁员|绿化工}，{退伍军人优先|有证优先|能上夜班}，<salary_month>，<benefits>，<contact>",
        ]),
        AdFamily.Legitimate("kitchen", JobAdAudience.General,
        [
            "{川菜馆|火锅店|食堂|快餐店}{招|招聘}{厨师|帮厨|配菜员|洗碗工|面点师}，{有健康证|需办健康证}，<salary_month>，{包吃住|包吃}，<hours>，<contact>",
            "{烧烤店|夜宵店|小吃店}{招|急招}{服务员|烧烤师傅|收银员}{<d>名|若干}，{晚上6点到凌晨2点|夜班}，{日结|月结}{均可|都行}，{一晚|每晚}{150|180|200}元，<contact>",
        ]),
        AdFamily.Legitimate("care", JobAdAudience.Parents,
        [
            "{家政公司|<company>}{招|聘}{育儿嫂|月嫂|住家保姆|钟点工|护工}，{有经验|持证}{优先|}，{月薪|工资}{6000|7000|8000|1万}{元|}{以上|起}，{包吃住|住家}，<contact>",
            "{养老院|康养中心|医院}{招聘|诚聘}{护理员|护工|生活照料员}，{有爱心|有耐心}，{零基础可培训|免费培训上岗}，<salary_month>，<benefits>",
        ]),
        AdFamily.Legitimate("beauty", JobAdAudience.General,
        [
            "{美容院|美甲店|美发店|理发店}{招|招聘}{美容师|美甲师|发型师|洗头工|学徒}，{包学包会|有经验者优先}，{底薪|保底}{3000|4000}+{提成|业绩提成}，<hours>，<contact>",
            "{健身房|瑜伽馆|游泳馆}{招聘|诚聘}{私教|会籍顾问|前台|救生员}，{有证书优先|体育专业优先}，<salary_month>，<benefits>，<contact>",
        ]),
        AdFamily.Legitimate("day-labour", JobAdAudience.Unemployed,
        [
            "{工地|装修公司|展会}{招|急招}{小工|杂工|木工|水电工|临时工}，{日结|当天结|做一天结一天}，{一天|每天}{200|250|300|350}元，{包午餐|管饭|不包吃住}，<contact>",
            "{小时工|临时工|零工}{招募|招聘}：{工厂|酒店|超市|物流园}{缺人|用工}，{时薪|每小时}{20|22|25|30}元，{日结|当天结算}，{身份证原件|本人身份证}{报到|入场}，<contact>",
        ]),
        AdFamily.Legitimate("tech-office", JobAdAudience.General,
        [
            "<company>招聘{Java开发工程师|前端工程师|测试工程师|运维工程师}，{负责|岗位职责：}{系统开发与维护|编写代码和单元测试|账号权限管理}，{本科及以上|计算机相关专业}，{月薪|薪资}{8000-15000|1万-2万}，<benefits>",
            "<company>{诚聘|招聘}{平面设计|UI设计|插画师}，{负责|}{海报、详情页设计|品牌视觉设计}，{兼职|外包}{按件结算|每张海报{50|100|150}元}，{需提供作品集|有作品优先}，<contact>",
            "{在家|远程}{数据标注|文字录入|翻译|配音}{兼职|员}，{按件计费|按量计费}，{需自备电脑|有电脑即可}，{通过测试|试标合格}后{上岗|接单}，{每月|月底}{结算|发放报酬}，<contact>",
        ]),
        AdFamily.Legitimate("sales-agent", JobAdAudience.General,
        [
            "{保险公司|<company>}{招聘|诚聘}{保险代理人|理财顾问|客户经理}，{无责任底薪|底薪+佣金}，{佣金|提成}{丰厚|高}，{宝妈|退休人员|应届生}{均可|可做}，<benefits>，<contact>",
            "{直播公司|MCN机构|<company>}{招|招聘}{带货主播|主播助理|短视频运营}，{负责|}{直播带货|账号运营|视频拍摄剪辑}，{底薪|保底}{4000|5000}+{提成|佣金}，<contact>",
        ]),
        AdFamily.Legitimate("english-more", JobAdAudience.General,
        [
            "{Software developer|QA engineer|Data analyst} wanted at a {fintech|logistics|gaming} company in {Shenzhen|Hangzhou|Chengdu}. {3+ years of experience|Fresh graduates welcome}. {Competitive salary|Salary 15k-25k} and benefits. Send your resume to <email>.",
            "{Retail associate|Cashier|Store assistant} wanted for a {supermarket|coffee shop|bookstore}, {part time|full time}, {weekend shifts|flexible schedule}, {paid weekly|monthly salary}. Apply in store or email <email>.",
            "{Summer camp counselor|Campus ambassador|Library assistant} for {students|university students}, {10 hours a week|weekends only}, {small allowance|stipend provided}. Contact <email>.",
        ], language: "en"),
    ];
}
