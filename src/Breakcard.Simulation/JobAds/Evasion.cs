namespace Breakcard.Simulation.JobAds;

/// <summary>
/// The ways an ad can disguise its key words to evade filters. Each member's value is its index, in the order the disguises were
/// added (a <c>[Flags]</c> enum until round 30: an <c>int</c>, a <c>long</c> from round 14, a <c>ulong</c> from round 29 (ADR 460),
/// whose 64 bits round 29 filled; the bit of each member then is its index now). Sets of them are <see cref="EvasionSet"/>s (ADR 472):
/// never combine two members with <c>|</c>, which ORs their indices. Eleven are used for training (five
/// of them were held out in round 1); fifty-three are development evasions (<see cref="Evasions.Development"/>:
/// tuned on, never trained on — three held out in rounds 1–4, then two each in rounds 5, 6, 7, 8,
/// 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28 and 29); two appear only in the held-out set (<see cref="Evasions.HeldOutOnly"/>,
/// written for round 30, ADR 472, at indices 64 and 65, past what the flags could hold): nothing was tuned on them, so evaluation shows how screening copes with disguises it
/// does not know.
/// </summary>
public enum Evasion
{
    /// <summary>Spaces, dots, asterisks or dashes between the characters of a key word (银 行 卡, 银.行.卡).</summary>
    Separators = 0,

    /// <summary>Characters replaced by common homophones (薇信, 祖卡, 跑粉).</summary>
    Homophones = 1,

    /// <summary>Characters replaced by look-alikes (徽信, 卞, 曰结).</summary>
    Lookalikes = 2,

    /// <summary>Key words in pinyin, whole or mixed (yinhangka, yin行卡).</summary>
    Pinyin = 3,

    /// <summary>Digits and Latin letters in full-width forms (３００, ｖｘ).</summary>
    FullWidth = 4,

    /// <summary>Emoji around phrases (💰日结🔥).</summary>
    EmojiDecoration = 5,

    /// <summary>Held out in round 1: the whole ad in traditional characters.</summary>
    Traditional = 6,

    /// <summary>Held out in round 1: unusual separators (｜, 丨, ~, /, zero-width spaces) between characters.</summary>
    SymbolSeparators = 7,

    /// <summary>Held out in round 1: homophones outside the training table, some unknown to the normaliser.</summary>
    NovelHomophones = 8,

    /// <summary>Held out in round 1: initials abbreviations (yhk, zfb, sfz, sjk).</summary>
    Abbreviations = 9,

    /// <summary>Held out in round 1: emoji between the characters of key words (银💰行💰卡).</summary>
    EmojiInterleave = 10,

    /// <summary>Held out in rounds 1–4, development since round 5: characters written as their components (钅艮 for 银, 禾且 for 租, 石马 for 码).</summary>
    SplitCharacters = 11,

    /// <summary>Held out in rounds 1–4, development since round 5: digits for letters in English words (b4nk c4rd, T3l3gr4m).</summary>
    Leetspeak = 12,

    /// <summary>Held out in rounds 1–4, development since round 5: emoji standing for words (💳 for 卡, 📱 for 手机, 💰 for 钱, 💬 for 微信).</summary>
    EmojiWords = 13,

    /// <summary>Held out in round 5, development since round 6: a key word broken across a line, as posters set one phrase per line (银行\n卡).</summary>
    LineBreaks = 14,

    /// <summary>Held out in round 5, development since round 6: a stray Latin letter or digit inside a Chinese key word (出x租, 银1行卡).</summary>
    FillerLetters = 15,

    /// <summary>
    /// Held out in round 6, development since round 7: characters swapped, across the whole text, for code points from other
    /// Unicode blocks that look the same — Kangxi radicals (⽀ for 支, ⾏ for 行, ⾝ for 身), CJK
    /// radical-supplement forms (⻓ for 长, ⻔ for 门), Cyrillic letters in Latin words (bаnk with а
    /// U+0430) — as the "anti-block" text converters evaders use produce.
    /// </summary>
    LookalikeCodePoints = 16,

    /// <summary>Held out in round 6, development since round 7: one or two characters of a key word written as their pinyin initial, the rest kept (y行卡, 支F宝, V信, 出z).</summary>
    InitialMix = 17,

    /// <summary>
    /// Held out in round 7, development since round 8: every character of a key word followed by the same combining or invisible
    /// mark, as "special effect" text converters produce — U+0489 (银҉行҉卡҉), the long-stroke overlay
    /// U+0336 (strikethrough), the low line U+0332 (underline), the enclosing circle U+20DD, the
    /// variation selector U+FE0F, the zero-width joiner U+200D.
    /// </summary>
    CombiningMarks = 18,

    /// <summary>
    /// Held out in round 7, development since round 8: characters across the text written in their Japanese kanji forms, which
    /// are neither the simplified nor the traditional code point (収 for 收, 実 for 实, 対 for 对,
    /// 転 for 转, 証 for 证, 戸 for 户), and 的 written as the kana の, as simplified-to-Japanese
    /// converters and "anti-block" posts produce.
    /// </summary>
    JapaneseForms = 19,

    /// <summary>
    /// Held out in round 8, development since round 9: one character of a Chinese key word replaced by a placeholder — 某 (as in
    /// 某宝, 某信), ○, □, ×, ⭕ — so that a reader fills it in and a filter does not (支某宝, 银○卡,
    /// 出□); in an English key word one inner letter replaced by an asterisk (b*nk, acc*unt).
    /// </summary>
    Placeholders = 20,

    /// <summary>
    /// Held out in round 8, development since round 9: numbers — prices, phone, QQ and order numbers — written digit by digit in
    /// another script, one script per number: circled digits (①⑤⓪), negative circled digits (➊➎⓿)
    /// or the Chinese capital numerals of cheques and receipts (壹伍零), as "anti-block" posts write
    /// contact numbers so that a platform's number filter does not see them.
    /// </summary>
    NumberForms = 21,

    /// <summary>
    /// Held out in round 9, development since round 10: a Chinese key word, or part of it, written as the English word for it, as
    /// posts code-switch past a Chinese keyword filter — bank卡 for 银行卡, SIM卡 for 手机卡, WeChat for
    /// 微信, Alipay for 支付宝, ID for 身份证, 验证code for 验证码, Ukey for U盾, PT for 兼职.
    /// </summary>
    EnglishWords = 22,

    /// <summary>
    /// Held out in round 9, development since round 10: a key word stored in reverse between the right-to-left override U+202E and
    /// the pop-directional-formatting mark U+202C, so that it displays in the right order while the
    /// stored text reads backwards (卡行银 for 银行卡, "drac knab" for "bank card") — the "RLO" trick
    /// used to get words past chat and nickname filters — and a long number (phone, QQ) reversed the
    /// same way, past a platform's number filter.
    /// </summary>
    BidiReversal = 23,

    /// <summary>
    /// Held out in round 10, development since round 11: a key word replaced by the nickname posts use for it, so that a reader
    /// who knows the code understands and a keyword filter does not — 绿泡泡 / 绿色软件 for 微信,
    /// 蓝色软件 / 小蓝 for 支付宝, the jargon 卡料 / 料子 for 银行卡 and 收料 for 收卡, 码子 for
    /// 收款码, 那串数字 for 验证码, 盾 for U盾; in English "the green app" for WeChat, "the blue app"
    /// for Alipay, "the paper plane app" for Telegram.
    /// </summary>
    Nicknames = 24,

    /// <summary>
    /// Held out in round 10, development since round 11: one clause holding a key word laid out as vertical text, the way
    /// "vertical text" converters write it (竖排): the clause is cut into columns of two to four
    /// characters, read top to bottom and right to left, and stored row by row, so that each stored
    /// line interleaves characters of different columns (出租银行卡 stored as 卡银出 / 　行租) and no key
    /// word stands whole in the stored text.
    /// </summary>
    VerticalText = 25,

    /// <summary>
    /// Held out in round 11, development since round 12: the Latin letters of a contact word (vx, V信, TG, QQ), a handle after @
    /// or an English key word written as the "fancy text" letter symbols posts use past a platform's
    /// contact filter — negative circled capitals (🅥🅧, U+1F150 for A) or negative squared capitals
    /// (🆃🅶, U+1F170 for A), one alphabet per ad. Neither alphabet has a compatibility
    /// decomposition, so NFKC leaves them as they are.
    /// </summary>
    LetterSymbols = 26,

    /// <summary>
    /// Held out in round 11, development since round 12: amounts and money words written in the slang posts use past a platform's
    /// pay and "easy money" filters — 米 for 元 and 块 (300米), k for thousands (5k, 4-6k), w for ten
    /// thousands (1w, 3w), 搞米 for 赚钱, and in English £20k for £20,000. The digits stay ASCII.
    /// </summary>
    MoneySlang = 27,

    /// <summary>
    /// Held out in round 12, development since round 13: characters across the text written in "Martian script" (火星文), as
    /// converters and posts write it past a keyword filter — the ordinary words of an ad swapped for
    /// rarer characters that look and sound like them, most with a radical added (伱 for 你, 吥 for
    /// 不, 莪 for 我, 嘚 for 的, 僦 for 就) or an archaic form (兲 for 天, 弌 for 一, 尛 for 小), and a few
    /// key-word characters (鉲 for 卡, 嶶 for 微, 訫 for 信). They are unified ideographs with no
    /// compatibility decomposition, neither simplified, traditional nor Japanese forms, so neither
    /// NFKC nor a script conversion maps them back.
    /// </summary>
    MartianScript = 28,

    /// <summary>
    /// Held out in round 12, development since round 13: the digits of one to three numbers (a price, a phone or QQ number)
    /// written as keycap emoji, as posts write them past a platform's number filter — each ASCII
    /// digit followed by the variation selector U+FE0F and the combining enclosing keycap U+20E3
    /// (3️⃣0️⃣0️⃣), so the digits stay ASCII but no two of them stand side by side.
    /// </summary>
    KeycapDigits = 29,

    /// <summary>
    /// Held out in round 13, development since round 14: characters of contact, money and card words (微, 信, 卡, 收, 款, 钱, 结, 群 …)
    /// written in zhuyin (注音, bopomofo), as 注音文 posts write a word past a keyword filter — ㄨㄟ信 for
    /// 微信, 银行ㄎㄚ for 银行卡, ㄕㄡ款 for 收款. The symbols (U+3105–U+3129) have no compatibility
    /// decomposition, so NFKC leaves them as they are.
    /// </summary>
    ZhuyinSymbols = 30,

    /// <summary>
    /// Held out in round 13, development since round 14: in one to three numbers (a price, a phone or QQ number) the digits with a
    /// Latin look-alike written as it — O or o for 0, l or I for 1, Z for 2, S for 5, B for 8
    /// (l38OOOOlZ34, 日结3OO) — as posts write a contact number past a platform's number filter.
    /// </summary>
    DigitLetters = 31,

    /// <summary>
    /// Held out in round 14, development since round 15: the digits of one to three numbers of three or more digits in a Chinese text written as
    /// they are read aloud over a phone or a radio — 幺 for 1, 两 for 2, 拐 for 7, 勾 for 9, 洞 for 0
    /// and the ordinary numerals 三 四 五 六 八 for the rest (幺三八洞洞洞洞四五六拐, 日结三洞洞) — as
    /// posts write a contact number past a platform's number filter. 幺, 两, 拐, 勾 and 洞 are
    /// ordinary words, not numerals.
    /// </summary>
    SpokenDigits = 32,

    /// <summary>
    /// Held out in round 14, development since round 15: one to three numbers of six or more digits (a phone, QQ or order number)
    /// cut into two or three parts joined by words — 前三位138，中间0000，后四位4567; 前面13800，后面004567
    /// (in English: first three 138, then 0000, last four 4567) — as posts split a contact number
    /// past a platform's number filter. The digits stay ASCII; no run holds the whole number.
    /// </summary>
    SplitNumbers = 33,

    /// <summary>
    /// Held out in round 15, development since round 16: every contact in the text — a phone number, an e-mail address, a handle after @ or after a
    /// contact word (微信, vx, QQ, TG, 私聊 …) — taken out and replaced by a pointer to where the reader finds it
    /// (微信：看主页, 电话：头像上有, 私聊置顶评论里; in English "link in bio", "DM me"), as posts keep the contact off the text
    /// a filter reads. Earlier disguises rewrite a contact so a reader can still read it; here it is not in the text at all.
    /// </summary>
    ContactPointers = 34,

    /// <summary>
    /// Held out in round 15, development since round 16: the ad wrapped in a few sentences of everyday life before and after it (今天带孩子去公园转了一圈，
    /// 风有点大。… 晚饭做了番茄炒蛋。), as soft posts on lifestyle platforms write an offer into a "daily share" so that it is a
    /// small part of an ordinary post. No character of the ad changes; the sentences hold no key word.
    /// </summary>
    EverydayChatter = 35,

    /// <summary>
    /// Held out in round 16, development since round 17: each contact number (a mobile number, or the digits after 微信, QQ, 电话, 联系, call, text …) written
    /// as a puzzle the reader undoes by a rule the post states in words — its digits reversed (76540000831（倒着输）), or each
    /// digit one up or one down (24911115678（每位减一）) — as posts keep a number past a platform's number filter. Every
    /// earlier number disguise keeps each digit's value in the order it is read; here the digits in the text are not the number.
    /// </summary>
    NumberPuzzles = 36,

    /// <summary>
    /// Held out in round 16, development since round 17: the ad posted as an offer someone else sent, between a line that warns against it or asks whether it
    /// is real (姐妹们避雷！今天有人私信我这个，大家看看：) and one that leaves the reader to judge (我没敢做，大家自己判断。) — the
    /// "reverse traffic" (反向引流) posts that carry an offer and its contact under a warning or a question. No character of the ad
    /// changes; unlike everyday chatter, the added lines speak of the ad and take a stance on it.
    /// </summary>
    QuotedOffer = 37,

    /// <summary>
    /// Held out in round 17, development since round 18: the ad cut at its sentences into a post and the poster's own replies under it (楼主：…), with a
    /// reply or two of other users between them (蹲一个后续。), as posts keep the details out of the text a review reads first
    /// and put them in the comments. Every earlier disguise keeps the ad's sentences together and in order in one text, wrapped
    /// or not; here they stand apart, each under a speaker's name, with other speakers' lines between them.
    /// </summary>
    CommentThread = 38,

    /// <summary>
    /// Held out in round 17, development since round 18: the order of characters scrambled where the key words stand — two neighbours swapped in a key word or
    /// between it and the next character (银卡行, 加信微; in English the inner letters of a word, bnak crad) — as 乱序 converters
    /// write a post that a reader still reads and a keyword filter no longer matches. No character is added, removed or
    /// replaced: every earlier disguise swaps, adds or removes characters, or, like bidi reversal, stores them backwards but
    /// shows them in order; here the reader sees them out of order.
    /// </summary>
    ScrambledOrder = 39,

    /// <summary>
    /// Held out in round 18, development since round 19: one key word taken out of its sentence, a pointer left in its place (（看下面每行第一个字）), and the
    /// word written as the first characters of lines of other words added under the ad (微风吹过小院 / 信月照在窗前; in English the
    /// first letters of the lines) — the 藏头 posts that show a word to a reader who reads down the first column. Every earlier
    /// disguise keeps a key word's characters in the text's reading order, next to each other or split by marks, spaces, line
    /// breaks or (vertical text) by other characters of the same clause; here the word is not in the reading order at all, and a
    /// whole line of other words stands between any two of its characters.
    /// </summary>
    AcrosticLines = 40,

    /// <summary>
    /// Held out in round 18, development since round 19: the ad posted whole as one numbered entry of a round-up of ordinary jobs (今日岗位合集（自取）… 1. 奶茶店
    /// 招店员… 2. the ad… 3. 超市理货…), as group admins paste a risky offer among honest ones. No character of the ad changes; unlike
    /// every earlier wrapper (everyday chatter, quoted offers, comment threads), the added lines are job offers of the same kind
    /// as the ad, with pay and hours, so the post reads as an ordinary digest of jobs.
    /// </summary>
    JobDigest = 41,

    /// <summary>
    /// Held out in round 19, development since round 20: one or two key words left out altogether, a knowing wink in their place (出租（懂的都懂），日结300; in
    /// English "Rent your you-know-what to us") — the 懂的都懂 posts that trust the reader to fill in what a filter must not see.
    /// Every earlier disguise leaves the word recoverable from the text: its characters (separators, fillers, marks, vertical text,
    /// scrambled order, acrostic line heads), its sound (homophones, pinyin, abbreviations, zhuyin), its shape (look-alikes, split
    /// characters, Japanese forms, Martian script), or a name for it (emoji words, English words, nicknames; placeholders keep the
    /// rest of the word); contact pointers remove only contacts and say where they are. Here nothing in the text names the word:
    /// the same wink stands for any word, and only the context and the reader restore it.
    /// </summary>
    KnowingOmission = 42,

    /// <summary>
    /// Held out in round 19, development since round 20: a key word spelled out character by character, each character named by a common word that holds it,
    /// the way a character is spelled aloud on the phone (银行卡 → 金银的银、行走的行、卡片的卡; in English letter by letter, card →
    /// c as in cat, a as in apple, r as in rose, d as in dog). Every character of the word is still there, twice, but never next to
    /// the next one: unlike separators, fillers and marks (something meaningless between the characters), split characters (a
    /// character's components), acrostic lines (the characters as line heads of unrelated scenery) or placeholders, each
    /// character here is explained by a whole word of its own, as a listener who hears it would write it down.
    /// </summary>
    SpelledCharacters = 43,

    /// <summary>
    /// Held out in round 20, development since round 21: a key word replaced by a plain description of what the thing is or does, in the poster's own words
    /// (银行卡 → 能去ATM取钱的那张, 微信 → 平时聊天发朋友圈的那个, 跑分 → 让钱从你那儿过一道; in English "the plastic your wages go
    /// to" for bank card) — the posts that say what is wanted without the word for it. Every earlier disguise either keeps the
    /// word recoverable from its characters, sound or shape, or names it: emoji words, English words and nicknames put one fixed
    /// name in its place (a code a reader must know), a knowing omission leaves the same wink for every word, and spelled
    /// characters keep every character. Here the word is gone and what stands in its place is an ordinary description any
    /// reader understands, different for each word, holding no key word.
    /// </summary>
    Periphrasis = 44,

    /// <summary>
    /// Held out in round 20, development since round 21: one clause holding a key word written backwards, from its last character to its first, and a note
    /// after it saying so (出租银行卡 → 卡行银租出（倒着读）; in English the clause's letters reversed, "drac ruoy tneR (read it
    /// backwards)") — the posts run through "倒序文字" converters that a reader reads from right to left and a keyword filter
    /// reads as nonsense. Unlike bidi reversal, the text is shown reversed, not only stored so; unlike scrambled order, which
    /// swaps two neighbours, the whole clause runs the other way; unlike number puzzles, which reverse the digits of a contact
    /// number, it is the words that are reversed.
    /// </summary>
    ReversedClause = 45,

    /// <summary>
    /// Held out in round 21, development since round 22: one or two key words written in the word Hong Kong, Macau or Taiwan uses for the same thing (户口 for 账户,
    /// 提款卡 or 金融卡 for 银行卡, 过数 for 转账, 门号 for 手机卡, 认证码 for 验证码, 兼差 for 兼职, 收簿子 for 收卡; in English the word of
    /// another English-speaking country, "let" for rent, "wire" for transfer) — the posts copied from or aimed at readers there, whose
    /// words a mainland keyword list does not hold. Unlike English words (the same thing named in another language), nicknames (the
    /// card trade's code) or periphrasis (a description), the word here is the ordinary word of another region of the same language,
    /// written in simplified characters: no character is disguised, only the vocabulary is another region's.
    /// </summary>
    RegionalWords = 46,

    /// <summary>
    /// Held out in round 21, development since round 22: ordinary words across a Chinese text written as a dialect writes them, one dialect per ad — Cantonese
    /// (嘅 for 的, 係 for 是, 畀 for 给, 睇 for 看, 佢哋 for 他们, 揾 for 找, 而家 for 现在), Sichuanese (啥子 for 什么, 咋个 for 怎么, 晓得
    /// for 知道, 找钱 for 赚钱) or north-eastern (啥 for 什么, 咋 for 怎么, 瞅 for 看, 唠嗑 for 聊天) — as posts in local groups write past
    /// a filter and a model trained on standard written Chinese. Key words and negators stay as they are. Unlike homophones, Martian
    /// script or Japanese forms, which put another character for the same word, a dialect puts another word, with its own sound and
    /// grammar; unlike traditional script it changes words, not their code points.
    /// </summary>
    DialectWriting = 47,

    /// <summary>
    /// Held out in round 22, development since round 23: amounts written as a count of banknotes by their nicknames (300元 → 三张毛爷爷, 3000元 → 30张红票子; in English
    /// $300 → three Benjamins, $1,000 → a grand, £500 → a monkey) — as posts write pay past a platform's amount and "easy money" filters.
    /// Unlike money slang, which keeps the digits and swaps the unit (300米, 5k, 3w), no digit of the amount and no unit stands here: the
    /// reader counts notes. Unlike number forms, spoken digits or keycaps, which write the same digits in other characters, the number
    /// itself changes (a hundredth of it, or a word) and the money is named by a note's portrait or colour.
    /// </summary>
    BanknoteSlang = 48,

    /// <summary>
    /// Held out in round 22, development since round 23: the poster's own ad opened or closed with one or two lines of compliance and anti-fraud boilerplate (【声明】本岗位
    /// 正规合法，不收取任何费用; 不出租、不出借、不出售银行卡和电话卡; in English "Disclaimer: this is a legitimate, registered business") — as
    /// risky posts paste them to pass a platform's review. No character of the ad changes. Unlike everyday chatter (other topics, no key
    /// word), a quoted offer (someone else's warning against the ad) or a job digest (other jobs around it), the added lines are the
    /// poster's own, vouch for the post itself, and name the cards and codes that honest warnings name.
    /// </summary>
    ComplianceBoilerplate = 49,

    /// <summary>
    /// Held out in round 23, development since round 24: amounts given only as their size — the number of their digits or "a few" of their order of magnitude (日结300元 →
    /// 日结三位数 or 日结小几百, 月入8000元 → 月入大几千; in English $300 → three figures or a few hundred) — as posts write pay past a platform's
    /// amount filter. Money slang keeps the digits, banknote slang turns the value into a count of notes, and the number disguises keep
    /// every digit's value in other characters; here the value is gone and only its size is left.
    /// </summary>
    RoughAmounts = 50,

    /// <summary>
    /// Held out in round 23, development since round 24: the ad posted as a second-hand marketplace listing of a cheap "virtual item" — a title, a price of a yuan or a
    /// dollar, a line naming the description, the ad as the description and a seller's closing rule (虚拟商品，拍下自动发货，不退不换。) — as
    /// recruiters post on second-hand apps and classifieds, where a post is reviewed as goods for sale. No character of the ad changes.
    /// Unlike everyday chatter, quoted offers, comment threads, job digests or compliance boilerplate, the added lines are the fields of a sale.
    /// </summary>
    MarketplaceListing = 51,

    /// <summary>
    /// Held out in round 24, development since round 25: the post tagged with four to seven trending topics unrelated to it — a last line of tags (#打工人日常 #今日穿搭
    /// #周末去哪儿; in English #ootd #foodie #selfcare) or two Weibo-style topics before a Chinese post (#生活碎片##城市漫步#) — as posters
    /// ride popular topics for reach and so that a post reads as lifestyle content to a feed's classifier. No character of the ad changes.
    /// Unlike everyday chatter (sentences), a marketplace listing (the fields of a sale) or emoji decoration (symbols), the added text is a
    /// row of the platform's own topic labels.
    /// </summary>
    TopicTags = 52,

    /// <summary>
    /// Held out in round 24, development since round 25: ordinary words written in the online register's playful spellings — 这样子 → 酱紫, 什么 → 神马, 没有 → 木有, 同学 →
    /// 童鞋, 觉得 → jio得; in English text-speak, you → u, please → pls, tonight → tonite, want to → wanna — as posts aimed at students
    /// and young parents read. Key words stay whole. Unlike homophones (key words' characters), Martian script (single rarer characters),
    /// dialect writing (a region's words) or leetspeak (digits in key words), the everyday words around the key words are written as
    /// the whole country's online register writes them.
    /// </summary>
    InternetSlang = 53,

    /// <summary>
    /// Held out in round 25, development since round 26: the poster's own ad framed as a first-person share of what it earned — an opening line with a payout (晒一下这周的收入：
    /// 到手2360元，不用坐班。; in English "Got paid again — $640 this week.") and now and then a closing line offering to bring the reader in
    /// (想一起做的评论区扣1，我拉你。) — the 晒收益 posts that dress recruitment as a personal success story. No character of the ad changes.
    /// Unlike everyday chatter (other topics), a quoted offer (someone else's offer under a warning), compliance boilerplate (lines vouching the
    /// post is lawful) or a marketplace listing (the fields of a sale), the added lines claim the poster did the job and was paid for it.
    /// </summary>
    EarningsShare = 54,

    /// <summary>
    /// Held out in round 25, development since round 26: characters and words that have a squared emoji sign written as it — 有 → 🈶, 月 → 🈷️, 可 → 🉑, 无 → 🈚, 得 → 🉐
    /// (🈷️入过万, 🈶意私我); in English free → 🆓, new → 🆕, OK → 🆗, ID → 🆔, soon → 🔜 — one to four places, key words included. Unlike emoji
    /// words (a pictograph for a key word's meaning), the sign is the character or word itself in an emoji square; unlike look-alike code
    /// points, it is drawn as a coloured emoji, and its compatibility decomposition, where it has one, is not always the simplified character.
    /// </summary>
    SquaredSigns = 55,

    /// <summary>
    /// Held out in round 26, development since round 27: the ad as the automatic captions of a spoken video (口播) or a voice message turned into text — the marks that end
    /// a clause or a sentence (，。！？；：、 , . ! ? ; :) and the line breaks gone, each pause a space, quotation marks and brackets dropped, and
    /// one to three spoken fillers at pauses (嗯, 那个, 然后; in English um, like, you know) — as recruiters read an offer into a video or a
    /// voice note so that no written post is reviewed, and what a platform sees is the speech recogniser's text. No character of the words
    /// changes. Unlike line breaks, vertical text or separators (a key word's characters set apart), everyday chatter or dialect writing (added
    /// sentences or other words), here nothing is disguised but the written form: the ad's punctuation and lines are gone and speech is left.
    /// </summary>
    VoiceTranscript = 56,

    /// <summary>
    /// Held out in round 26, development since round 27: the ad posted inside a shopping review — a buyer's rating and a few words on an item bought (★★★★★ 宝贝收到了，包装很严实，
    /// 物流也快。; in English "★★★★★ Arrived two days early, well packed.") before it and, now and then, a verdict after it (会回购的。) — as
    /// recruiters post offers in the review sections of shopping, takeaway and app-store pages, where a text is read as a review of goods. No
    /// character of the ad changes and no added line holds a key word. Unlike everyday chatter (the poster's own day), a quoted offer (a warning),
    /// compliance boilerplate (lines vouching the post), a marketplace listing (the poster selling an item) or topic tags, the added lines
    /// review an item the poster says it bought.
    /// </summary>
    ProductReview = 57,
    /// <summary>
    /// Held out in round 27, development since round 28: characters and words written as an emoji whose name sounds like them — 码 → 🐴 (马), 机 → 🐔 (鸡), 想 → 🐘 (象),
    /// 兄 → 🐻 (熊), 查 → 🍵 (茶), 单 → 🥚 (蛋), 注 → 🐷 (猪), 押 → 🦆 (鸭), 余 → 🐟 (鱼), 额 → 🦢 (鹅), 要 → 💊 (药) … (验证🐴, 手🐔卡, 🐘赚钱的🐻弟);
    /// in English be → 🐝, I → 👁️, can → 🥫, see → 🌊, meet → 🥩, here → 👂 — one to four places, key words included: the 谐音 emoji rebus of
    /// posts past a keyword filter. Unlike emoji words (a pictograph for a key word's meaning: 💳 for 卡), the emoji here means something else
    /// and only its name's sound gives the character; unlike squared signs (the character itself in an emoji square) or homophones (another
    /// character of the same sound), no character of the word is left and what stands is a picture.
    /// </summary>
    EmojiRebus = 58,
    /// <summary>
    /// Held out in round 27, development since round 28: the ad as the text a platform's OCR reads off a phone screenshot of it — the status bar (time, signal, battery)
    /// and the app's title bar (‹ 备忘录 完成; "‹ Notes Done") before it and the app's bottom bar (按住 说话 发送; "iMessage Send") after it —
    /// as recruiters post an offer as a screenshot of a chat or a note so that no text of theirs is reviewed, and what a filter sees is the
    /// recogniser's text. No character of the ad changes and no added line holds a key word. Unlike a quoted offer, everyday chatter, compliance
    /// boilerplate, a marketplace listing, an earnings share or a shopping review (lines a person writes around the ad), the added lines are a
    /// phone's interface, written by no one.
    /// </summary>
    ScreenshotText = 59,

    /// <summary>
    /// Held out in round 28, development since round 29: the ad as the subtitle track of a short video (SRT) — cut into numbered cues of eight to fourteen characters (an English
    /// text at spaces, into cues of twenty-eight to forty-two), each under a time line (<c>00:00:01,200 --> 00:00:03,450</c>), after the last mark that
    /// fits or, where none does, wherever the width falls, a key word included — as recruiters post an offer as a video's captions and a platform
    /// reads the extracted subtitle file. No character of the ad changes; its line breaks go, and the spaces at the cuts. Unlike line breaks (one key
    /// word broken), a comment thread (speakers' lines) or a voice transcript (marks gone), the whole text is reflowed to a caption's width and each
    /// piece stands under a cue number and a time code.
    /// </summary>
    SubtitleCues = 60,

    /// <summary>
    /// Held out in round 28, development since round 29: the ad as the HTML source of a rich-text post — each line a paragraph (<c>&lt;p&gt;…&lt;/p&gt;</c>), the text's own &amp;, &lt; and &gt;
    /// escaped, and one to three key words broken by markup a browser does not show: an empty tag pair between two characters (银&lt;b&gt;&lt;/b&gt;行卡),
    /// one character in a styled span or one character as its numeric character reference (银行&amp;#21345;) — as forum, article and job-board posts
    /// written in rich-text editors are stored. Unlike separators or zero-width spaces (characters in the text), the breaks are markup, not text.
    /// </summary>
    MarkupTags = 61,

    /// <summary>
    /// Held out in round 29, development since round 30: one clause holding a key word encoded as Base64 (the UTF-8 bytes of 出租银行卡 → 5Ye656ef6ZO26KGM5Y2h) and a note after
    /// it saying how to read it (（base64解码）; in English "(base64)") — as posts in the grey trade hand a clause or a contact to readers who paste
    /// it into a decoder, and a keyword filter sees letters and digits. Unlike a reversed clause (the characters kept, backwards), bidi reversal,
    /// pinyin, abbreviations or number puzzles, no character, sound or digit of the clause is left in the text: only its bytes, re-encoded.
    /// </summary>
    EncodedClause = 62,

    /// <summary>
    /// Held out in round 29, development since round 30: the ad as the source of a calendar invitation (iCalendar, RFC 5545) — BEGIN:VCALENDAR … BEGIN:VEVENT, a start time,
    /// the ad's first line as the SUMMARY and the whole ad as the DESCRIPTION, its line breaks written as the two characters \n, its own commas,
    /// semicolons and backslashes escaped (\, \; \\), and every content line folded at 75 octets of UTF-8 (a line break and a space), a key word
    /// included — as invitation spam lands in phones' calendars and what a mail or calendar gateway reads is the .ics text. Unlike subtitle
    /// cues (a reflow at marks, under numbers and times) or markup (tags around an unchanged text), the ad is one escaped property value cut
    /// by byte count, three bytes a Chinese character.
    /// </summary>
    CalendarInvite = 63,

    /// <summary>
    /// Held out (round 30): one to three Chinese key words kept, each character followed by its toned pinyin in brackets (银行卡 → 银(yín)行(háng)卡(kǎ)) — the
    /// 注音 converters' "add pinyin" text that posts use past a keyword filter: a reader reads the characters, a filter finds none of the word's characters
    /// next to the next. Unlike pinyin (the word replaced by toneless syllables), initial mixes, abbreviations, zhuyin or spelled characters, every
    /// character stays in order and what stands between them is its own sound; unlike separators or filler letters, the inserts are not noise.
    /// </summary>
    PinyinAnnotation = 64,

    /// <summary>
    /// Held out (round 30): the ad as the raw source of a plain-text e-mail — From, To, Date, Subject and the MIME headers, then the body in quoted-printable
    /// (RFC 2045): every byte of the UTF-8 text that is not printable ASCII written as = and two hex digits (银 → =E9=93=B6), lines cut by soft breaks
    /// ("=" at a line's end) at 76 characters, between the bytes of one character too — as recruitment spam reaches inboxes and a mail gateway reads it
    /// before decoding. Unlike an encoded clause (one clause in Base64 with a note to the reader) the whole text is transport-encoded, unaddressed to
    /// anyone; unlike a calendar invitation or markup, no Chinese character is left in the body.
    /// </summary>
    MailSource = 65,
}

/// <summary>Groups of <see cref="Evasion"/>.</summary>
public static class Evasions
{
    /// <summary>The evasions training and development ads may use (the last five were held out in round 1).</summary>
    public static readonly EvasionSet Training =
        [Evasion.Separators, Evasion.Homophones, Evasion.Lookalikes, Evasion.Pinyin, Evasion.FullWidth, Evasion.EmojiDecoration,
        Evasion.Traditional, Evasion.SymbolSeparators, Evasion.NovelHomophones, Evasion.Abbreviations, Evasion.EmojiInterleave];

    /// <summary>The evasions development and held-out ads use, training ads never (the first three held out in rounds 1–4, then two each in rounds 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28 and 29).</summary>
    public static readonly EvasionSet Development =
        [Evasion.SplitCharacters, Evasion.Leetspeak, Evasion.EmojiWords, Evasion.LineBreaks, Evasion.FillerLetters,
        Evasion.LookalikeCodePoints, Evasion.InitialMix, Evasion.CombiningMarks, Evasion.JapaneseForms, Evasion.Placeholders, Evasion.NumberForms,
        Evasion.EnglishWords, Evasion.BidiReversal, Evasion.Nicknames, Evasion.VerticalText, Evasion.LetterSymbols, Evasion.MoneySlang,
        Evasion.MartianScript, Evasion.KeycapDigits, Evasion.ZhuyinSymbols, Evasion.DigitLetters, Evasion.SpokenDigits, Evasion.SplitNumbers,
        Evasion.ContactPointers, Evasion.EverydayChatter, Evasion.NumberPuzzles, Evasion.QuotedOffer, Evasion.CommentThread, Evasion.ScrambledOrder,
        Evasion.AcrosticLines, Evasion.JobDigest, Evasion.KnowingOmission, Evasion.SpelledCharacters, Evasion.Periphrasis, Evasion.ReversedClause,
        Evasion.RegionalWords, Evasion.DialectWriting, Evasion.BanknoteSlang, Evasion.ComplianceBoilerplate, Evasion.RoughAmounts,
        Evasion.MarketplaceListing, Evasion.TopicTags, Evasion.InternetSlang, Evasion.EarningsShare, Evasion.SquaredSigns,
        Evasion.VoiceTranscript, Evasion.ProductReview, Evasion.EmojiRebus, Evasion.ScreenshotText, Evasion.SubtitleCues, Evasion.MarkupTags,
        Evasion.EncodedClause, Evasion.CalendarInvite];

    /// <summary>The evasions only held-out ads use (round 30, ADR 472).</summary>
    public static readonly EvasionSet HeldOutOnly = [Evasion.PinyinAnnotation, Evasion.MailSource];
}
