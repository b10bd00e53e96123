# ADR 321: which forms and words of the risky TRAINING families have an honest twin in training (an honest family
# whose templates use the same form and the same word). Reads the *Families.cs sources; families reserved
# Development or HeldOut are skipped, so round 14's and round 15's sets are never read.
# Usage: python3 survey.py [SRC_DIR] [--exclude FILE.cs ...]   (SRC_DIR defaults to src/Breakcard.Simulation/JobAds)
import re, sys, glob, os
args = sys.argv[1:]
src = args[0] if args and not args[0].startswith('--') else 'src/Breakcard.Simulation/JobAds'
exclude = set(args[args.index('--exclude') + 1:]) if '--exclude' in args else set()
FORMS = {
    'weekly/daily report': r'周报|日报|月报|工作总结|周总结|weekly report|WEEKLY|daily report',
    'device/work log': r'日志|运行记录|值班记录|工作记录|\blog\b|LOG',
    'roster/register': r'花名册|登记名单|登记表|名单|台账|roster|ROSTER|register',
    'leaderboard': r'排行榜|战绩榜|榜单|排名|leaderboard|LEADERBOARD|ranking',
    'poster (喜报)': r'喜报|海报|捷报|poster',
    'e-mail': r'发件人|收件人|主题：|From:|Subject:|From：',
    'notice/announcement': r'通知|公告|告知|提示|notice|NOTICE|Notice',
    'FAQ / Q&A': r'问答|FAQ|Q：|问：|Q:',
    'contract clause': r'合同|协议|条款|第[一二三四五六七八九十]条|contract|agreement|Agreement',
    'call sheet / script': r'通告单|剧本|call sheet|CALL SHEET|SCRIPT|脚本|话术',
    'course page': r'课程|课表|第\d课|course|Course|lesson',
    'group rules': r'群规|群公告|入群须知|group rules|Group rules',
    'chat screenshot': r'聊天记录|截图|\n(?:我|对方|客服|[A-Z])[：:]|chat log|CHAT',
    'payslip/timesheet': r'工资条|工资单|考勤|timesheet|TIMESHEET|payslip|PAYSLIP',
    'receipt/invoice': r'收据|收条|发票|receipt|RECEIPT|invoice',
    'task push': r'任务推送|🔔|派单',
    'checklist/handover': r'清单|交接|checklist|CHECKLIST|handover',
}
WORDS = {
    '银行卡': r'银行卡|bank card|卡号',
    '账户/账号': r'账户|账号|account',
    'SIM/电话卡': r'手机卡|电话卡|SIM|流量卡|物联网卡',
    'U盾': r'U盾|UKey|U-key|Ukey|USB key',
    '验证码': r'验证码|verification code|OTP',
    '身份证': r'身份证|ID card',
    '收款码': r'收款码|二维码|QR',
    '转账': r'转账|转到|transfer',
    '代收/代付': r'代收|代付|collect',
    '对公账户': r'对公|corporate account',
    '刷脸': r'刷脸|人脸|face verification|facial',
}
head = re.compile(r'AdFamily\.(Risky|Legitimate|HardNegative)\("([^"]+)"')
lit = re.compile(r'"((?:[^"\\]|\\.)*)"')
fams = []
for path in sorted(glob.glob(os.path.join(src, '*Families.cs'))):
    if os.path.basename(path) in exclude: continue
    text = open(path, encoding='utf-8').read()
    heads = list(head.finditer(text))
    for i, h in enumerate(heads):
        block = text[h.end(): heads[i + 1].start() if i + 1 < len(heads) else len(text)]
        reserve = re.search(r'reserve:\s*JobAdSplit\.(\w+)', block)
        if reserve and reserve.group(1) != 'Training': continue
        temps = [t for t in lit.findall(block) if len(t) > 30]
        fams.append((h.group(1), h.group(2), os.path.basename(path), temps))
risky = [f for f in fams if f[0] == 'Risky']; honest = [f for f in fams if f[0] != 'Risky']
print(f'training families: {len(fams)} (risky {len(risky)}, honest {len(honest)})')
def has(f, form, word=None):
    return any(re.search(FORMS[form], t) and (word is None or re.search(WORDS[word], t)) for t in f[3])
print('\n| form | risky | honest | words the risky use in the form with NO honest twin (risky families) |')
print('|---|---|---|---|')
gaps = []
for form in FORMS:
    r = sum(has(f, form) for f in risky); h = sum(has(f, form) for f in honest)
    miss = []
    for w in WORDS:
        rw = sum(has(f, form, w) for f in risky); hw = sum(has(f, form, w) for f in honest)
        if rw and hw == 0: miss.append(f'{w} ({rw})')
        if rw: gaps.append((rw - 2 * hw, form, w, rw, hw))
    print(f'| {form} | {r} | {h} | {", ".join(miss) or "—"} |')
print('\nlargest form × word gaps (risky families, honest families):')
for g in sorted(gaps, reverse=True)[:15]:
    print(f'  {g[1]} × {g[2]}: risky {g[3]}, honest {g[4]}')
