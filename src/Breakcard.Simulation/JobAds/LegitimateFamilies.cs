namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Training families of ordinary job ads, including the honest part-time and day-paid work that
/// shares words with card-renting ads (日结, 学生兼职, 收银, 刷墙, 出租车).
/// </summary>
internal static class LegitimateFamilies
{
    public static AdFamily[] All { get; } =
    [
        AdFamily.Legitimate("tutoring", JobAdAudience.Students,
        [
            "{招聘|诚聘|急聘}{小学|初中|高中}{数学|英语|语文|物理|化学}家教，{时薪|每小时}{80|100|120|150}元，{要求|需}{师范类|相关专业}{在校大学生|毕业生}，{周末|晚上}上课，地点<city><district>，<contact>",
            "{<company>|培训机构}{招|聘}{兼职|全职}{辅导老师|助教|托管老师}，{负责|}{学生作业辅导|课后托管}，{课时费|时薪}{60|80|100}元{/小时|}，<hours>，<contact>",
            "{暑假|寒假}{家教|一对一辅导}：{孩子|学生}{初二|高一|五年级}，{每周|一周}{两次|三次}，{每次|一次}{两小时|2小时}，{报酬|费用}面议，<contact>",
        ]),
        AdFamily.Legitimate("delivery", JobAdAudience.Unemployed,
        [
            "{美团|饿了么|顺丰同城|闪送}{骑手|配送员}招聘，{日结|周结|月结}，{多劳多得|单价{5|6|7}元/单}，{月入|月收入}{6000|7000|8000}{以上|+}，{自备电动车|公司提供电动车}，<requirements>，<contact>",
            "{急招|招}{外卖|快递|同城}{配送员|骑手}{<d><d>名|若干}，{兼职全职均可|可兼职}，{当天结算|日结}，{熟悉<city>路线优先|会用导航即可}，<contact>",
        ]),
        AdFamily.Legitimate("cashier", JobAdAudience.General,
        [
            "{超市|便利店|商场|药店}招聘收银员，{熟悉|会}{收银系统|微信支付宝收款|扫码收款}，<salary_month>，<benefits>，<hours>，<contact>",
            "{永辉|家乐福|红旗连锁|沃尔玛}<city>{店|门店}{招|诚聘}{收银员|理货员|促销员}，<requirements>，<salary_month>，<benefits>",
        ]),
        AdFamily.Legitimate("bank-teller", JobAdAudience.General,
        [
            "<bank>银行<city>分行{招聘|社会招聘}{柜员|大堂经理|客户经理}，{负责|岗位职责：}{办理储蓄、开卡、转账等柜面业务|为客户办理银行卡、理财等业务}，{本科及以上学历|全日制本科}，{五险一金|六险二金}，{简历投递|请登录官网投递简历}",
            "<bank>银行{校园招聘|2025届校招}：{综合柜员|储备客户经理|科技岗}，{要求|}{金融|经济|计算机}相关专业，{入职后|}{参加岗前培训|统一培训}，<benefits>",
            "{信用卡中心|<bank>银行}{招|诚聘}{电话客服|信用卡客服}，{负责|}{解答持卡人咨询|处理账单查询}，<salary_month>，<benefits>，<hours>",
        ]),
        AdFamily.Legitimate("telecom-store", JobAdAudience.General,
        [
            "{移动|联通|电信}营业厅招聘{营业员|销售顾问|店员}，{负责|岗位职责：}{手机卡|宽带|手机}{办理|销售}、{业务咨询|话费充值}，<salary_month>，<benefits>，<contact>",
            "{手机店|数码店}{招|急招}{销售|店员}，{负责|}{手机销售、办卡开户、售后服务|手机及配件销售}，<salary_month>，<hours>，<contact>",
        ]),
        AdFamily.Legitimate("painter", JobAdAudience.General,
        [
            "{招|急招}{油漆工|粉刷工|刷墙师傅}，{刷墙|刷漆|墙面粉刷}，{日结|一天}{300|350|400}{元|}，{有经验者优先|包午餐}，地点<city><district>，<contact>",
            "{装修公司|<company>}{招|聘}{油工|刷漆工|墙面翻新师傅}{<d>名|若干}，{乳胶漆|刷油漆}{经验|}，{按天结算|日结|按平方结算}，<contact>",
        ]),
        AdFamily.Legitimate("warehouse", JobAdAudience.Unemployed,
        [
            "{仓库|物流园|快递分拨中心}{招|急招}{搬运工|分拣员|装卸工|理货员}，{日结|当天结|周结}，{一天|每天}{200|220|260|300}元，{包吃|管饭|包住}，<requirements>，<contact>",
            "{电子厂|食品厂|服装厂}{招|招聘}{普工|操作工|包装工}，{长白班|两班倒}，<salary_month>，<benefits>，{临时工日结|小时工}{可|也可以}，<contact>",
        ]),
        AdFamily.Legitimate("waiter", JobAdAudience.Students,
        [
            "{火锅店|餐厅|奶茶店|咖啡店}{招聘|诚聘}{服务员|传菜员|店员|咖啡师}，{学生兼职也可|可兼职}，{时薪|每小时}{18|20|22|25}元，<hours>，<contact>",
            "{酒店|宾馆}{招|聘}{前台|客房服务员|礼宾}，<requirements>，<salary_month>，{包吃住|提供员工宿舍}，<contact>",
        ]),
        AdFamily.Legitimate("office", JobAdAudience.General,
        [
            "<company>招聘{行政专员|前台|文员|人事助理}，{负责|岗位职责：}{日常行政事务|文件整理|接待来访}，<requirements>，<salary_month>，<benefits>，<contact>",
            "<company>{诚聘|招聘}{销售代表|市场专员|新媒体运营}，{负责|岗位职责：}{客户开发与维护|公众号和抖音号运营|活动策划}，<salary_month>，<benefits>",
            "<company>招聘{会计|出纳|财务助理}，{负责|岗位职责：}{凭证录入、过账、编制报表|对公账户日常收付、银行对账|发票管理、报税}，{持初级会计证|有会计经验}，<salary_month>，<benefits>",
        ]),
        AdFamily.Legitimate("promoter", JobAdAudience.Students,
        [
            "{周末|暑假}{兼职|招聘}{促销员|发传单|展会协助}，{学生可|大学生优先}，{日结|当天结算}{120|150|180|200}元，<contact>",
            "{商场|超市}{周末|节假日}{兼职|临促}{<d><d>名|若干}，{负责|}{产品试吃推广|活动引导}，{一天|每天}{150|180}元，{日结|当天结}，<contact>",
        ]),
        AdFamily.Legitimate("customer-service", JobAdAudience.Parents,
        [
            "{电商|在线|淘宝店铺}客服招聘，{负责|岗位职责：}{回复顾客咨询|处理售后退换货|订单跟进}，{打字速度快|会电脑操作}，<salary_month>，{可居家办公|在公司办公}，<benefits>",
            "{宝妈|在家}{也可|可}{做|应聘}：{线上客服|图文编辑|视频剪辑}，{按件计酬|底薪+绩效}，{自备电脑|需要电脑}，<contact>",
        ]),
        AdFamily.Legitimate("taxi-driver", JobAdAudience.General,
        [
            "{出租车公司|<company>}招聘{出租车司机|网约车司机}，{持C1驾照|驾龄3年以上}，{车辆公司提供|以租代购}，{月入|收入}{7000|8000|1万}{+|以上}，<contact>",
            "{招|聘}{货车司机|专车司机|班车司机}，{持B2驾照|A2驾照优先}，<salary_month>，<benefits>，<contact>",
        ]),
        AdFamily.Legitimate("rental-agent", JobAdAudience.General,
        [
            "{房产中介|<company>}招聘{租赁顾问|置业顾问}，{负责|岗位职责：}{房屋出租|租房带看|房源维护}，{底薪|}{3000|4000}+{高提成|提成}，<benefits>，<contact>",
            "{公寓|长租公寓}{招|聘}{管家|店长助理}，{负责|}{租客入住、收取租金、维修对接|房源出租和租后服务}，<salary_month>，<contact>",
        ]),
        AdFamily.Legitimate("bedding", JobAdAudience.General,
        [
            "{家纺店|床上用品店}招聘{导购|店员}，{主营|负责销售}{床品四件套、被芯|四件套、枕头}，<salary_month>，<hours>，<contact>",
            "{服装店|男装店}招聘{导购|店长}，{负责|}{西装、衬衫销售|门店陈列}，<salary_month>+提成，<hours>，<contact>",
        ]),
        AdFamily.Legitimate("english", JobAdAudience.Students,
        [
            "{Barista|Tutor|Warehouse assistant|Delivery rider|Sales assistant} wanted in {Chengdu|Chongqing|Shenzhen}, {$15|$18|80 yuan} per hour, {weekly pay|paid weekly|daily pay available}, {students welcome|flexible hours}. Apply with your resume at <email>.",
            "{English teacher|Kindergarten teacher|Hotel receptionist} needed, {full time|part time}, {salary|pay} {8000-12000 yuan|negotiable}, {visa support|housing allowance}, interview in {Chengdu|Chongqing|Wuhan|Xi'an|Shenzhen}. Send CV to <email>.",
        ], language: "en"),
    ];
}
