namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The generator's own disguise tables. They were written independently of the screening
/// normaliser's tables and only partly overlap them on purpose: the held-out homophones in
/// particular include characters the normaliser does not know (吟, 珩, 喀, 足 ...), as real
/// evaders keep inventing new ones.
/// </summary>
internal static class EvasionTables
{
    /// <summary>Words that risky ads disguise, longest first when scanning.</summary>
    public static readonly string[] RiskyWords =
    [
        "代收代付", "对公账户", "短信验证码", "银行卡", "储蓄卡", "一类卡", "借记卡", "四件套", "收款码", "对公户", "身份证", "手机卡", "电话卡", "验证码", "支付宝",
        "出租", "出借", "租用", "收卡", "收购", "跑分", "代收", "刷单", "返利", "垫付", "日结", "兼职", "微信", "收款", "公户", "接码", "流水", "走账", "佣金",
        "刷脸", "实名", "账户", "账号", "转账", "网银", "银行", "U盾",
        "bank card", "bank account", "Telegram", "Alipay", "WeChat", "account", "transfer", "commission", "card", "rent", "lend",
    ];

    /// <summary>Line breaks a word can be broken by (held out in round 5, development since round 6).</summary>
    public static readonly string[] LineBreaks = ["\n", "\r\n", "\n\n"];

    /// <summary>Stray letters and digits put inside a word (held out in round 5, development since round 6).</summary>
    public static readonly string[] Fillers = ["x", "o", "k", "a", "h", "z", "1", "0", "8", "v"];

    /// <summary>Held out in round 6, development since round 7: look-alike code points. Kangxi radicals (U+2F00 block) fold back under NFKC; the radical-supplement forms (U+2E80 block) and Cyrillic letters do not.</summary>
    public static readonly Dictionary<char, string[]> LookalikeCodePoints = BuildLookalikes(
        "一⼀二⼆人⼈入⼊八⼋力⼒十⼗口⼝土⼟大⼤女⼥子⼦寸⼨小⼩山⼭工⼯己⼰干⼲心⼼手⼿支⽀文⽂方⽅日⽇月⽉木⽊比⽐毛⽑水⽔火⽕父⽗片⽚"
        + "牛⽜生⽣用⽤田⽥白⽩皮⽪目⽬石⽯示⽰禾⽲立⽴竹⽵米⽶网⽹老⽼耳⽿自⾃至⾄舌⾆色⾊虫⾍血⾎行⾏衣⾐角⾓言⾔走⾛足⾜身⾝里⾥金⾦非⾮音⾳首⾸高⾼"
        + "见⻅贝⻉车⻋长⻓门⻔页⻚风⻛飞⻜马⻢鱼⻥鸟⻦麦⻨黄⻩齐⻬龙⻰"
        + "aаeеoоpрcсxхyуiіAАBВCСEЕHНKКMМOОPРTТXХ");

    /// <summary>
    /// Round 7's held-out disguise, development since round 8: the marks a "special effect" converter puts after every character — the
    /// combining millions sign U+0489, the long-stroke overlay U+0336, the low line U+0332, the
    /// enclosing circle U+20DD (all combining), the variation selector U+FE0F and the zero-width
    /// joiner U+200D (invisible). Round 1's symbol separators use the zero-width space U+200B.
    /// </summary>
    public static readonly string[] CombiningMarks = ["\u0489", "\u0336", "\u0332", "\u20DD", "\uFE0F", "\u200D"];

    /// <summary>
    /// Round 7's held-out disguise, development since round 8: Japanese kanji forms (shinjitai) that differ from both the simplified and
    /// the traditional code point, keyed by both (收/收→収, 对/對→対, 实/實→実 …), and 的 → の.
    /// Characters whose Japanese form is the traditional one (銀, 號) or the simplified one (宝) are
    /// left out: the traditional-script disguise already covers them. 単 is round 1's look-alike.
    /// </summary>
    public static readonly Dictionary<char, char> JapaneseForms = BuildJapaneseForms(
        "收収对対對対实実實実转転轉転验験驗験钱銭錢銭卖売賣売证証證証经経經経团団團団图図圖図广広廣広"
        + "岁歳歲歳劳労勞労户戸戶戸价価價価处処處処两両兩両压圧壓圧发発發発气気氣気变変變変应応應応"
        + "读読讀読续続續続总総總総传伝傳伝满満滿満铁鉄鐵鉄关関關関边辺邊辺说説說説的の");

    /// <summary>
    /// Round 8's held-out disguise, development since round 9: what stands in for one character of a Chinese key word — 某 as in 某宝 and
    /// 某信, and the circles, squares and crosses of redacted text. English words get an asterisk.
    /// </summary>
    public static readonly string[] Placeholders = ["某", "○", "□", "×", "⭕"];

    /// <summary>The asterisk that stands in for one inner letter of an English key word (b*nk).</summary>
    public const char LetterPlaceholder = '*';

    /// <summary>
    /// Round 8's held-out disguise, development since round 9: the scripts a number is rewritten in, each indexed by digit 0–9 — circled
    /// digits (⓪ U+24EA, ① U+2460 …), negative circled digits (⓿ U+24FF, ➊ U+278A …) and the
    /// capital numerals of Chinese cheques (零壹贰叁肆伍陆柒捌玖).
    /// </summary>
    public static readonly string[][] NumberScripts =
    [
        ["⓪", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"],
        ["⓿", "➊", "➋", "➌", "➍", "➎", "➏", "➐", "➑", "➒"],
        ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"],
    ];

    /// <summary>
    /// Round 9's held-out disguise, development since round 10: the English a post code-switches to for a Chinese key word or part of it
    /// (bank卡, SIM卡, WeChat, Alipay, ID, 验证code, Ukey, PT). Only words a Chinese post really writes
    /// in English are listed; verbs (出租, 跑分, 刷单) are not, since posts do not write them so.
    /// </summary>
    public static readonly Dictionary<string, string[]> EnglishWords = new()
    {
        ["银行卡"] = ["bank卡", "bank card", "银行card"], ["借记卡"] = ["debit卡", "debit card"], ["储蓄卡"] = ["debit卡"],
        ["手机卡"] = ["SIM卡", "sim卡", "手机SIM"], ["电话卡"] = ["SIM卡", "sim卡"], ["短信验证码"] = ["短信code", "SMS code", "SMS验证码"],
        ["验证码"] = ["code", "验证code"], ["收款码"] = ["收款QR", "QR码"], ["身份证"] = ["ID卡", "ID", "身份ID"],
        ["支付宝"] = ["Alipay", "alipay", "Ali"], ["微信"] = ["WeChat", "wechat", "Wechat"], ["账户"] = ["account"], ["账号"] = ["ID", "account"],
        ["转账"] = ["transfer"], ["兼职"] = ["PT", "part-time"], ["U盾"] = ["Ukey", "U-key", "UKey"], ["银行"] = ["bank"],
        ["电话"] = ["Tel", "phone"], ["联系"] = ["contact"],
    };

    /// <summary>Round 9's held-out disguise, development since round 10: the right-to-left override that opens a reversed key word (U+202E, RLO).</summary>
    public const char RightToLeftOverride = '\u202E';

    /// <summary>The pop-directional-formatting mark that closes it (U+202C, PDF), so the rest of the line displays as usual.</summary>
    public const char PopDirectionalFormatting = '\u202C';

    /// <summary>
    /// Round 10's held-out disguise, development since round 11: the nicknames posts write for a key word — the colours of the apps' icons
    /// (绿泡泡 for 微信, 蓝色软件 for 支付宝), the card trade's jargon (料 for cards: 卡料, 收料, 全套料),
    /// 码子 for a payment code, "the digits" for a verification code, 盾 for U盾, and in English the
    /// green and blue app and the paper plane (Telegram's icon). Words with no nickname in use (出租,
    /// 跑分, 兼职) are not listed.
    /// </summary>
    public static readonly Dictionary<string, string[]> Nicknames = new()
    {
        ["微信"] = ["绿泡泡", "绿色软件", "绿色聊天软件"], ["支付宝"] = ["蓝色软件", "小蓝", "蓝色支付软件"],
        ["银行卡"] = ["卡料", "料子"], ["收卡"] = ["收料"], ["四件套"] = ["全套料"], ["收款码"] = ["码子"],
        ["验证码"] = ["那串数字", "短信数字"], ["短信验证码"] = ["短信里的数字"], ["U盾"] = ["盾"],
        ["WeChat"] = ["the green app"], ["Alipay"] = ["the blue app"], ["Telegram"] = ["the paper plane app", "the plane app"],
    };

    /// <summary>Round 10's held-out disguise, development since round 11: the ideographic space (U+3000) that fills the short last column of vertical text.</summary>
    public const char VerticalPadding = '\u3000';

    /// <summary>
    /// Round 11's held-out disguise, development since round 12: the code points of capital A in the letter-symbol alphabets posts write
    /// contact words in — negative circled (🅐, U+1F150) and negative squared (🅰, U+1F170); B to Z
    /// follow in order. Neither has a compatibility decomposition (the circled Ⓐ and squared 🄰 do,
    /// and NFKC folds them, so they are not used).
    /// </summary>
    public static readonly int[] LetterSymbolAlphabets = [0x1F150, 0x1F170];

    /// <summary>
    /// Round 11's held-out disguise, development since round 12: the Latin words posts write in letter symbols — contact abbreviations
    /// and app names (vx, V信's V, TG, QQ, WeChat); English key words and handles after @ too.
    /// </summary>
    public static readonly HashSet<string> LetterSymbolWords =
        ["v", "V", "vx", "VX", "Vx", "wx", "WX", "TG", "tg", "QQ", "qq", "DM", "WeChat", "Wechat", "wechat", "Telegram", "WhatsApp", "Alipay", "alipay"];

    /// <summary>
    /// Round 12's held-out disguise, development since round 13: the Martian-script (火星文) forms a converter writes for a character —
    /// pronouns, particles and common verbs and adverbs, numerals and a few key-word characters
    /// (卡, 微, 信), each a rarer unified ideograph that looks or sounds like it, mostly the same
    /// character with a radical added. None is the character's traditional or Japanese form, nor in
    /// any earlier table (加 → 伽 was left out: 伽 stands in ordinary ads, as in 瑜伽).
    /// </summary>
    public static readonly Dictionary<char, string> MartianForms = new()
    {
        ['的'] = "旳嘚", ['我'] = "莪硪", ['你'] = "伱沵", ['他'] = "彵", ['是'] = "媞昰", ['不'] = "吥芣", ['了'] = "叻孒", ['在'] = "茬",
        ['再'] = "洅", ['有'] = "洧侑", ['好'] = "恏", ['就'] = "僦", ['很'] = "佷", ['要'] = "婹", ['都'] = "嘟", ['来'] = "唻婡", ['去'] = "呿",
        ['做'] = "莋", ['和'] = "啝", ['也'] = "吔", ['可'] = "岢妸", ['以'] = "苡", ['没'] = "莈", ['多'] = "哆", ['到'] = "菿箌", ['上'] = "仩",
        ['下'] = "丅芐", ['一'] = "弌", ['二'] = "弍", ['三'] = "弎", ['天'] = "兲", ['用'] = "甪", ['只'] = "呮", ['小'] = "尛", ['少'] = "尐",
        ['知'] = "倁", ['道'] = "噵", ['安'] = "侒", ['真'] = "眞", ['私'] = "俬", ['高'] = "髙", ['入'] = "叺", ['么'] = "庅", ['啊'] = "婀",
        ['卡'] = "鉲", ['微'] = "嶶", ['信'] = "訫",
    };

    /// <summary>Round 12's held-out disguise, development since round 13: what follows each digit of a keycap emoji — the variation selector U+FE0F and the combining enclosing keycap U+20E3.</summary>
    public const string KeycapSuffix = "\uFE0F\u20E3";

    /// <summary>
    /// Round 13's held-out disguise, development since round 14: the zhuyin (注音, bopomofo) a 注音文 post writes for a character of a contact,
    /// money or card word, without tone marks as posts mostly write it (ㄨㄟ for 微, ㄎㄚ for 卡).
    /// </summary>
    public static readonly Dictionary<char, string> ZhuyinForms = new()
    {
        ['微'] = "ㄨㄟ", ['信'] = "ㄒㄧㄣ", ['卡'] = "ㄎㄚ", ['银'] = "ㄧㄣ", ['钱'] = "ㄑㄧㄢ", ['码'] = "ㄇㄚ", ['租'] = "ㄗㄨ",
        ['收'] = "ㄕㄡ", ['转'] = "ㄓㄨㄢ", ['账'] = "ㄓㄤ", ['号'] = "ㄏㄠ", ['赚'] = "ㄓㄨㄢ", ['款'] = "ㄎㄨㄢ", ['结'] = "ㄐㄧㄝ",
        ['兼'] = "ㄐㄧㄢ", ['薪'] = "ㄒㄧㄣ", ['私'] = "ㄙ", ['聊'] = "ㄌㄧㄠ", ['加'] = "ㄐㄧㄚ", ['群'] = "ㄑㄩㄣ",
    };

    /// <summary>Round 13's held-out disguise, development since round 14: the Latin letters posts write for the digits that look like them (O for 0, l for 1, Z for 2, S for 5, B for 8).</summary>
    public static readonly Dictionary<char, string> DigitLetterForms = new()
    {
        ['0'] = "Oo", ['1'] = "lI", ['2'] = "Z", ['5'] = "S", ['8'] = "B",
    };

    /// <summary>
    /// Round 14's held-out disguise, development since round 15: each digit as it is read aloud over a phone or a radio — the readings 幺, 两,
    /// 拐, 勾 and 洞 where one is used (none of them a numeral), the ordinary numerals for the rest. Not the
    /// capital numerals of <see cref="NumberScripts"/> (叁, 肆, 伍, 陆, 捌).
    /// </summary>
    public static readonly Dictionary<char, string> SpokenDigitForms = new()
    {
        ['0'] = "洞", ['1'] = "幺", ['2'] = "两", ['3'] = "三", ['4'] = "四", ['5'] = "五", ['6'] = "六", ['7'] = "拐", ['8'] = "八", ['9'] = "勾",
    };

    /// <summary>Round 14's held-out disguise, development since round 15: the words a post puts before the three parts of a split number (前三位138，中间0000，后四位4567).</summary>
    public static readonly (string First, string Middle, string Last)[] ThreePartNumberWords =
        [("前三位", "，中间", "，后四位"), ("前三位是", "，中间是", "，最后四位是"), ("开头", "，接着", "，尾号"), ("", "（接）", "（再接）")];

    /// <summary>Round 14's held-out disguise, development since round 15: the words a post puts before the two parts of a split number (前面13800，后面004567).</summary>
    public static readonly (string First, string Last)[] TwoPartNumberWords =
        [("前面", "，后面"), ("前几位", "，后几位"), ("", "，后面接"), ("先打", "，再打")];

    /// <summary>Round 14's held-out disguise, development since round 15: the same words in an English text (first three 138, then 0000, last four 4567).</summary>
    public static readonly (string First, string Middle, string Last)[] EnglishNumberWords =
        [("first three ", ", then ", ", last four "), ("", " then ", " then ")];

    /// <summary>
    /// Round 15's held-out disguise, development since round 16: what a post writes where its contact was — a pointer to the poster's profile page, avatar or
    /// pinned comment, which a filter reading the post's text does not read (微信：看我主页).
    /// </summary>
    public static readonly string[] ContactPointers = ["看我主页", "主页简介里有", "见头像", "头像上有", "看置顶评论", "置顶评论里有"];

    /// <summary>Round 15's held-out disguise, development since round 16: the same pointers in an English text.</summary>
    public static readonly string[] EnglishContactPointers = ["link in my bio", "see the pinned comment", "on my profile page"];

    /// <summary>
    /// Round 15's held-out disguise, development since round 16: sentences of everyday life a soft post wraps an offer in ("daily share" posts). None holds a key
    /// word of <see cref="RiskyWords"/> or <see cref="OrdinaryWords"/>, a digit, or a word of money, cards or contact.
    /// </summary>
    public static readonly string[] EverydayChatter =
    [
        "今天带孩子去公园转了一圈，银杏叶全黄了。", "早上起晚了，地铁上差点睡过站。", "楼下新开了一家面馆，牛肉面还挺香。", "最近天气转凉，记得多穿件外套。",
        "周末在家大扫除，累得不想动。", "晚饭做了番茄炒蛋，孩子吃了两碗。", "下班路上看到好美的晚霞，随手拍了一张。", "又是被闹钟叫醒的一天，先喝杯咖啡续命。",
        "阳台的绿萝终于长出新叶子了。", "傍晚陪老妈去河边散步，风有点大。", "今天的小确幸：奶茶第二杯半价。", "雨下了一整天，窝在家里追剧。",
    ];

    /// <summary>Round 15's held-out disguise, development since round 16: the same kind of sentences in an English text.</summary>
    public static readonly string[] EnglishEverydayChatter =
    [
        "Finally got my sourdough to rise this morning.", "Rainy Sunday, so it's tea and a good book for me.", "Took the dog for a long walk by the river today.",
        "Tried the new noodle place downtown, not bad at all.", "My tomato plants are finally turning red.", "Caught the most beautiful sunset on the way home.",
    ];

    /// <summary>
    /// Round 16's held-out disguise, development since round 17: the rules a post states for undoing a number puzzle, by kind — the digits reversed, each digit written
    /// one up (the reader takes one off), each digit written one down (the reader adds one).
    /// </summary>
    public static readonly string[][] NumberPuzzleNotes =
        [["（倒着输）", "（号码倒过来）", "（反着看）"], ["（每位减一）", "（每个数字减1）"], ["（每位加一）", "（每个数字加1）"]];

    /// <summary>Round 16's held-out disguise, development since round 17: the same rules in an English text.</summary>
    public static readonly string[][] EnglishNumberPuzzleNotes =
        [[" (backwards)", " (read it backwards)"], [" (minus 1 on each digit)", " (take 1 off every digit)"], [" (plus 1 on each digit)", " (add 1 to every digit)"]];

    /// <summary>
    /// Round 16's held-out disguise, development since round 17: the line a "reverse traffic" (反向引流) post puts before an offer it presents as someone else's — a
    /// warning or a question about it. None holds a key word of <see cref="RiskyWords"/> or <see cref="OrdinaryWords"/>, a
    /// digit, or a word of money, cards or contact.
    /// </summary>
    public static readonly string[] QuotedOfferOpeners =
    [
        "姐妹们避雷！今天有人私信我这个，大家看看：", "有没有人做过这个？靠谱吗？原话如下：", "刷到一条，不知道真的假的，先发出来问问：",
        "曝光一下，群里有人一直在发这个：", "朋友转给我的，说能赚点零花，大家帮忙看看：", "求问：这种到底是不是骗人的？内容如下：",
    ];

    /// <summary>Round 16's held-out disguise, development since round 17: the line such a post puts after the offer, leaving the reader to judge.</summary>
    public static readonly string[] QuotedOfferClosers =
        ["我没敢做，大家自己判断。", "有做过的说说，真的假的？", "感觉不太对劲，先存着。", "转给需要的人，自己甄别。", "看着挺心动的，有懂的吗？"];

    /// <summary>Round 16's held-out disguise, development since round 17: the same lines in an English text.</summary>
    public static readonly string[] EnglishQuotedOfferOpeners =
        ["PSA: someone sent me this today, be careful:", "Is this legit? Got this message:", "Has anyone done this? Copying it here:"];

    /// <summary>Round 16's held-out disguise, development since round 17: the closing lines in an English text.</summary>
    public static readonly string[] EnglishQuotedOfferClosers =
        ["I didn't reply. Judge for yourselves.", "Does anyone know if it's real?", "Sharing so you can decide."];

    /// <summary>
    /// Round 17's held-out disguise, development since round 18: the line a post puts between itself and its comments, where the poster's own replies carry the rest
    /// of the ad. None of these tables holds a key word of <see cref="RiskyWords"/> or <see cref="OrdinaryWords"/>, a digit, or
    /// a word of money, cards or contact.
    /// </summary>
    public static readonly string[] CommentThreadHeaders = ["——评论区——", "全部评论", "评论 · 最新"];

    /// <summary>Round 17's held-out disguise, development since round 18: how a thread names the poster in front of each of their replies.</summary>
    public static readonly string[] CommentThreadAuthors = ["楼主：", "作者："];

    /// <summary>Round 17's held-out disguise, development since round 18: other users' replies between the poster's, asking for the rest or keeping the post.</summary>
    public static readonly string[] CommentThreadReplies =
        ["小鹿：蹲一个后续。", "晴天：楼主细说？", "路过的猫：然后呢？", "阿泽：怎么弄的？", "一颗橙子：同问。", "山风：先收藏，回头看。"];

    /// <summary>Round 17's held-out disguise, development since round 18: the same lines in an English text.</summary>
    public static readonly string[] EnglishCommentThreadHeaders = ["— Comments —", "Replies", "Top comments"];

    /// <summary>Round 17's held-out disguise, development since round 18: the poster's name in an English thread.</summary>
    public static readonly string[] EnglishCommentThreadAuthors = ["OP: ", "Author: "];

    /// <summary>Round 17's held-out disguise, development since round 18: other users' replies in an English thread.</summary>
    public static readonly string[] EnglishCommentThreadReplies =
        ["Mia: how does it work?", "jay_k: following", "Sam T.: same question here", "rosie: saving this"];

    /// <summary>Words that ordinary ads disguise too (contact details dodging the platform's filter).</summary>
    public static readonly string[] OrdinaryWords = ["微信", "兼职", "电话", "联系"];

    public static readonly Dictionary<char, string[]> Homophones = new()
    {
        ['银'] = ["淫", "因"], ['行'] = ["航"], ['卡'] = ["咔"], ['租'] = ["祖", "组"], ['出'] = ["初"], ['收'] = ["受"],
        ['刷'] = ["唰"], ['单'] = ["丹"], ['跑'] = ["泡"], ['分'] = ["粉"], ['结'] = ["洁", "节"], ['兼'] = ["间"], ['职'] = ["只"],
        ['微'] = ["薇", "威"], ['信'] = ["芯", "心"], ['支'] = ["吱"], ['付'] = ["附"], ['宝'] = ["保"], ['码'] = ["马"], ['账'] = ["帐"],
        ['款'] = ["宽"], ['证'] = ["正"], ['公'] = ["工"], ['对'] = ["兑"], ['户'] = ["护"], ['套'] = ["淘"], ['件'] = ["建"], ['流'] = ["留"],
        ['佣'] = ["用"], ['返'] = ["反"], ['利'] = ["力"], ['垫'] = ["电"], ['脸'] = ["连"], ['实'] = ["石"], ['名'] = ["明"], ['话'] = ["画"],
    };

    /// <summary>Held out: homophones the training table lacks; about half are unknown to the normaliser.</summary>
    public static readonly Dictionary<char, string[]> NovelHomophones = new()
    {
        ['银'] = ["寅", "吟", "垠"], ['行'] = ["杭", "珩"], ['卡'] = ["佧", "喀"], ['租'] = ["足", "诅"], ['刷'] = ["涮"], ['单'] = ["蛋", "郸"],
        ['跑'] = ["炮", "抛"], ['分'] = ["芬", "汾"], ['结'] = ["捷", "杰"], ['微'] = ["危", "巍"], ['信'] = ["新", "鑫"], ['宝'] = ["葆", "堡"],
        ['款'] = ["欵", "窾"], ['码'] = ["玛", "犸"], ['证'] = ["政", "挣"], ['账'] = ["胀", "障"], ['兼'] = ["尖", "缄"], ['户'] = ["沪", "互"],
        ['收'] = ["首"], ['出'] = ["础"], ['借'] = ["阶"],
    };

    public static readonly Dictionary<char, string[]> Lookalikes = new()
    {
        ['卡'] = ["卞"], ['微'] = ["徽"], ['日'] = ["曰"], ['单'] = ["単"], ['银'] = ["锒"], ['款'] = ["歀"], ['账'] = ["帐"], ['租'] = ["祖"],
    };

    public static readonly Dictionary<string, string[]> Pinyin = new()
    {
        ["银行卡"] = ["yin", "hang", "ka"], ["储蓄卡"] = ["chu", "xu", "ka"], ["一类卡"] = ["yi", "lei", "ka"], ["四件套"] = ["si", "jian", "tao"],
        ["出租"] = ["chu", "zu"], ["出借"] = ["chu", "jie"], ["租用"] = ["zu", "yong"], ["收卡"] = ["shou", "ka"], ["收购"] = ["shou", "gou"],
        ["跑分"] = ["pao", "fen"], ["代收"] = ["dai", "shou"], ["刷单"] = ["shua", "dan"], ["返利"] = ["fan", "li"], ["垫付"] = ["dian", "fu"],
        ["日结"] = ["ri", "jie"], ["兼职"] = ["jian", "zhi"], ["微信"] = ["wei", "xin"], ["支付宝"] = ["zhi", "fu", "bao"], ["收款"] = ["shou", "kuan"],
        ["对公户"] = ["dui", "gong", "hu"], ["身份证"] = ["shen", "fen", "zheng"], ["手机卡"] = ["shou", "ji", "ka"], ["验证码"] = ["yan", "zheng", "ma"],
        ["接码"] = ["jie", "ma"], ["流水"] = ["liu", "shui"], ["走账"] = ["zou", "zhang"], ["账户"] = ["zhang", "hu"], ["银行"] = ["yin", "hang"],
        ["佣金"] = ["yong", "jin"], ["刷脸"] = ["shua", "lian"], ["电话"] = ["dian", "hua"], ["联系"] = ["lian", "xi"],
    };

    /// <summary>Held out: initials abbreviations, some of them unknown to the normaliser (sd, pf, ds, skm).</summary>
    public static readonly Dictionary<string, string[]> Abbreviations = new()
    {
        ["银行卡"] = ["yhk", "YHK"], ["支付宝"] = ["zfb", "ZFB"], ["微信"] = ["wx", "vx", "VX"], ["身份证"] = ["sfz"], ["兼职"] = ["jz"], ["日结"] = ["rj"],
        ["对公户"] = ["dgh"], ["四件套"] = ["sjt"], ["验证码"] = ["yzm"], ["手机卡"] = ["sjk"], ["刷单"] = ["sd"], ["跑分"] = ["pf"], ["代收"] = ["ds"],
        ["收款码"] = ["skm"], ["银行"] = ["yh"], ["电话"] = ["dh"],
    };

    /// <summary>Held out: characters written as their components; the normaliser knows only a few of these.</summary>
    public static readonly Dictionary<char, string[]> SplitCharacters = new()
    {
        ['银'] = ["钅艮"], ['行'] = ["彳亍"], ['账'] = ["贝长"], ['信'] = ["亻言"], ['码'] = ["石马"], ['收'] = ["丩攵"], ['租'] = ["禾且"],
        ['卡'] = ["上下"], ['号'] = ["口丂"], ['钱'] = ["钅戋"], ['结'] = ["纟吉"], ['付'] = ["亻寸"], ['跑'] = ["足包"], ['借'] = ["亻昔"],
        ['证'] = ["讠正"], ['机'] = ["木几"], ['职'] = ["耳只"], ['佣'] = ["亻用"],
    };

    /// <summary>Held out: emoji that stand for words; the normaliser knows some (💳, 📱, 🐧, ☎).</summary>
    public static readonly (string Text, string Emoji)[] EmojiWords =
        [("银行", "🏦"), ("手机", "📱"), ("微信", "💬"), ("电话", "☎️"), ("钱", "💰"), ("卡", "💳")];

    public static readonly string[] Separators = [" ", ".", "*", "-", "_"];

    /// <summary>Held out: separators the training ads never use.</summary>
    public static readonly string[] SymbolSeparators = ["｜", "丨", "~", "/", "\u200B", "·", "ノ"];

    public static readonly string[] DecorationEmoji = ["💰", "🔥", "✅", "👉", "💯", "⭐", "🎉", "❗", "📢", "💵", "🤑", "👍"];

    /// <summary>Held out in round 6, development since round 7: the letter written for a syllable's character; 微 is often V rather than W (V信).</summary>
    public static readonly Dictionary<string, string[]> InitialAlternatives = new() { ["wei"] = ["v", "V", "w", "W"] };

    /// <summary>Held out: emoji written between characters.</summary>
    public static readonly string[] InterleaveEmoji = ["💰", "⭐", "🌟", "❤", "✨", "🍀", "🌈"];

    private static Dictionary<char, string[]> BuildLookalikes(string pairs)
    {
        var map = new Dictionary<char, string[]>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = [pairs[i + 1].ToString()];
        }

        return map;
    }

    private static Dictionary<char, char> BuildJapaneseForms(string pairs)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map.Add(pairs[i], pairs[i + 1]);
        }

        return map;
    }
}
