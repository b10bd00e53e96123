using System.Text;
using Breakcard.Core;
using Breakcard.Core.Judgments;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Judgments;

/// <summary>
/// Renders case facts as a first-instance criminal judgment in the published format, with the
/// variety real judgments have (several defendants, every number form, masked names, house
/// styles), and returns with it the gold label: exactly what the text states, under the field
/// definitions of docs/judgments.md (a lower bound where it writes 余, empty where it is silent).
/// </summary>
public sealed class JudgmentRenderer(Phrasebook phrasebook)
{
    private static readonly string[] Numbers = ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、", "十二、"];

    /// <summary>The phrasebook this renderer uses.</summary>
    public Phrasebook Phrasebook { get; } = phrasebook ?? throw new ArgumentNullException(nameof(phrasebook));

    /// <summary>Renders <paramref name="facts"/>; all choices come from <paramref name="random"/>.</summary>
    public RenderedJudgment Render(CaseFacts facts, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(random);
        var book = Phrasebook;
        var masker = new NameMasker(random);
        var names = masker.Defendants(facts.Defendants);
        var gold = facts.Defendants.Select((d, i) => new GoldDefendant { Name = names[i], Facts = d }).ToList();
        var text = new DefendantText(book, random, masker);
        var court = facts.Court;

        var caseNumber = book.IsHeldOut && random.Chance(0.3)
            ? $"({facts.FilingYear}){court.Code}刑初{facts.Sequence}号"
            : $"（{facts.FilingYear}）{court.Code}刑初{facts.Sequence}号";
        var title = names[0] + (names.Count > 1 ? "等" : "") + ChargeTitle(facts.Defendants[0]) + "一审刑事判决书";
        var header = Templates.Fill(random.Pick(book.Header), ("Title", title), ("Court", court.Name), ("CaseNumber", caseNumber));

        var parties = new List<string> { "公诉机关" + court.Prosecutor + "。" };
        foreach (var g in gold)
        {
            parties.Add(text.Paragraph(g, court));
            if (g.Facts.Minor)
            {
                parties.Add($"法定代理人{masker.Other()}，系被告人{g.Name}之父。");
            }

            if (random.Chance(0.3))
            {
                parties.Add($"辩护人{masker.Other()}，{court.Name[..2]}某某律师事务所律师。");
            }
        }

        var procedure = Procedure(facts, names, random);
        if (random.Chance(0.5))
        {
            var first = facts.Defendants[0];
            var period = CourtNumerals.YearMonth(first.OffenceStart) + "至" + CourtNumerals.YearMonth(first.OffenceEnd);
            procedure += "\n" + Templates.Fill(random.Pick(book.Allegation), ("Prosecutor", court.Prosecutor), ("Period", period), ("Who", "被告人" + string.Join('、', names)));
        }

        var factsText = new StringBuilder(random.Pick(book.FactsHeading));
        var numbered = gold.Count > 1 && random.Chance(0.5);
        for (var i = 0; i < gold.Count; i++)
        {
            if (numbered)
            {
                factsText.Append('\n').Append(book.IsHeldOut ? "（" + Numbers[i].TrimEnd('、') + "）" : Numbers[i]);
            }

            factsText.Append(text.Facts(gold[i], facts, book));
        }

        factsText.Append('\n').Append(random.Chance(0.6) ? EvidenceList(names, random) : random.Pick(book.Evidence));
        var reasoning = Reasoning(facts, gold, random);
        var result = Result(gold, facts, random);
        var appeal = Templates.Fill(random.Pick(book.Appeal), ("AppealCourt", court.AppealCourt));
        var signature = Signature(facts, masker, random);

        var sections = new JudgmentSections(title, court.Name, caseNumber, header, parties, procedure, factsText.ToString(), reasoning, result, appeal, signature, facts.JudgmentDate);
        var record = new JudgmentRecord
        {
            Source = "",
            Court = court.Name,
            CaseNumber = CaseNumber.Parse(caseNumber),
            Date = facts.JudgmentDate,
            Defendants = [.. gold.Select(g => g.ToRecord(facts.JudgmentDate))],
        };
        return new RenderedJudgment(sections, record, facts);
    }

    private static string ChargeTitle(DefendantCaseFacts d) => d.Convictions[0].Charge;

    /// <summary>An itemised evidence list, as most full judgments have: 1.…；2.…；…。上述证据… .</summary>
    private string EvidenceList(IReadOnlyList<string> names, SeededRandom random)
    {
        var items = Phrasebook.EvidenceItems.Where(_ => random.Chance(0.75)).ToList();
        var sb = new StringBuilder(random.Pick(Phrasebook.EvidenceListOpening));
        for (var i = 0; i < items.Count; i++)
        {
            sb.Append('\n').Append(i + 1).Append('.').Append(items[i].Replace("{Name}", random.Pick(names), StringComparison.Ordinal)).Append(i + 1 < items.Count ? "；" : "。");
        }

        return sb.Append("\n上述证据收集程序合法，内容客观真实，且能相互印证，本院予以确认。").ToString();
    }

    private string Procedure(CaseFacts facts, IReadOnlyList<string> names, SeededRandom random)
    {
        var byCharge = facts.Defendants.Select((d, i) => (Name: names[i], Charges: string.Join('、', d.Convictions.Select(c => c.Charge))))
            .GroupBy(x => x.Charges, StringComparer.Ordinal)
            .Select(g => "被告人" + string.Join('、', g.Select(x => x.Name)) + "犯" + g.Key);
        var open = facts.Defendants.Any(d => d.Minor) ? "不公开" : "公开";
        var trial = Templates.Fill(random.Pick(Phrasebook.Trial[(int)facts.Procedure]), ("Open", open));
        var court = facts.Court;
        return Templates.Fill(random.Pick(Phrasebook.Procedure),
            ("Prosecutor", court.Prosecutor), ("Indictment", $"{court.ProsecutorAbbreviation}〔{facts.ProsecutedOn.Year}〕{random.NextInt(100, 2000)}号"),
            ("Accusation", string.Join('，', byCharge)), ("Prosecuted", CourtNumerals.Date(facts.ProsecutedOn)), ("Trial", trial));
    }

    private string Reasoning(CaseFacts facts, List<GoldDefendant> gold, SeededRandom random)
    {
        var book = Phrasebook;
        var sb = new StringBuilder();
        var assisting = gold.Where(g => g.Facts.Convictions.Any(c => c.Charge == ChargeNames.Assisting)).ToList();
        if (assisting.Count > 0)
        {
            var help = Help(assisting[0].Facts.Conduct);
            sb.Append(Templates.Fill(random.Pick(book.ReasoningAssisting), ("Who", Who(assisting, gold, random)), ("Help", help), ("Both", assisting.Count > 1 ? "均" : "")));
        }
        else
        {
            sb.Append("本院认为，");
        }

        foreach (var g in gold)
        {
            foreach (var c in g.Facts.Convictions.Where(c => c.Charge != ChargeNames.Assisting))
            {
                sb.Append(c.Charge switch
                {
                    ChargeNames.Concealing => $"被告人{g.Name}明知是犯罪所得而予以转移、提取，其行为已构成掩饰、隐瞒犯罪所得罪。",
                    ChargeNames.Fraud => $"被告人{g.Name}以非法占有为目的，伙同他人利用电信网络诈骗他人财物，数额巨大，其行为已构成诈骗罪。",
                    _ => $"被告人{g.Name}又违反国家信用卡管理法规，非法持有他人信用卡，数量较大，其行为又构成{c.Charge}，依法应当数罪并罚。",
                });
            }
        }

        Circumstance(sb, "recidivist", gold, g => g.Facts.Recidivist, random);
        Circumstance(sb, "accessory", gold, g => g.Facts.Accessory, random);
        Circumstance(sb, "minor", gold, g => g.Facts.Minor, random, g => g.MinorStated = true);
        Circumstance(sb, "surrender", gold, g => g.Facts.Surrender, random);
        Circumstance(sb, "confession", gold, g => g.Facts.Confession && !g.Facts.Surrender, random);
        Circumstance(sb, "plea", gold, g => g.Facts.Plea, random);
        Circumstance(sb, "restitution", gold, g => g.Facts.Restitution && g.Facts.GainsYuan > 0, random, g => g.RestitutionStated = true);
        Circumstance(sb, "student", gold, g => g.Facts.Occupation == Core.People.Occupation.Student && g.Occupation is not null, random);
        DefenceOpinions(sb, gold, random);
        sb.Append("依照《中华人民共和国刑法》第二百八十七条之二第一款、第六十七条、第五十二条、第五十三条、第六十四条之规定，判决如下：");
        return sb.ToString();
    }

    /// <summary>
    /// Counsel's arguments and the court's answer: an accepted opinion names only circumstances the
    /// court found (so the gold label is unchanged); a rejected claim of surrender is denied.
    /// </summary>
    private void DefenceOpinions(StringBuilder sb, List<GoldDefendant> gold, SeededRandom random)
    {
        foreach (var g in gold.Where(_ => random.Chance(0.3)))
        {
            var f = g.Facts;
            if (!f.Surrender && random.Chance(0.3))
            {
                sb.Append(Templates.Fill(random.Pick(Phrasebook.DefenceRejectedSurrender), ("Name", g.Name)));
                continue;
            }

            var claims = new List<string>();
            if (f.Confession && !f.Surrender)
            {
                claims.Add("到案后如实供述");
            }

            if (f.Plea)
            {
                claims.Add("自愿认罪认罚");
            }

            if (f.Prior is null)
            {
                claims.Add("系初犯");
            }

            if (claims.Count > 0)
            {
                sb.Append(Templates.Fill(random.Pick(Phrasebook.DefenceAccepted), ("Name", g.Name), ("Claim", string.Join('、', claims))));
            }
        }
    }

    private void Circumstance(StringBuilder sb, string key, List<GoldDefendant> all, Func<GoldDefendant, bool> holds, SeededRandom random, Action<GoldDefendant>? stated = null)
    {
        var who = all.Where(holds).ToList();
        if (who.Count == 0)
        {
            return;
        }

        foreach (var g in who)
        {
            stated?.Invoke(g);
        }

        var templates = Phrasebook.Circumstances[key];
        if (who.Count == 1 || random.Chance(0.6))
        {
            // Several defendants with the same circumstance are named together, or all as a group.
            sb.Append(Templates.Fill(random.Pick(templates), ("Who", Who(who, all, random))));
            return;
        }

        foreach (var g in who)
        {
            sb.Append(Templates.Fill(random.Pick(templates), ("Who", "被告人" + g.Name)));
        }
    }

    private string Who(List<GoldDefendant> who, List<GoldDefendant> all, SeededRandom random)
    {
        if (who.Count > 1 && who.Count == all.Count && random.Chance(0.5))
        {
            return Templates.Fill(random.Pick(Phrasebook.AllDefendants), ("Count", CourtNumerals.Chinese(all.Count)));
        }

        return "被告人" + string.Join('、', who.Select(g => g.Name));
    }

    private static string Help(ConductKinds k) =>
        (k & ConductKinds.TechnicalSupport) != 0 ? "技术支持"
        : (k & ConductKinds.TransmissionDevices) != 0 ? "通讯传输技术支持"
        : (k & ConductKinds.Advertising) != 0 ? "广告推广"
        : k == ConductKinds.TelecomCards || (k & ConductKinds.OwnCards) == 0 && (k & ConductKinds.PaymentSettlement) == 0 && (k & ConductKinds.CardDealing) == 0 ? ""
        : "支付结算";

    private string Result(List<GoldDefendant> gold, CaseFacts facts, SeededRandom random)
    {
        var book = Phrasebook;
        var items = new List<string>();
        var notes = new List<string?>();
        foreach (var g in gold)
        {
            var charges = g.Facts.Convictions.Count == 1
                ? "犯" + g.Facts.Convictions[0].Charge + "，" + Punishment(g.Facts.Executed, random)
                : string.Join('；', g.Facts.Convictions.Select(c => "犯" + c.Charge + "，" + Punishment(c.Sentence, random)))
                    + "，决定执行" + Punishment(g.Facts.Executed, random).Replace("判处", "", StringComparison.Ordinal);
            items.Add(Templates.Fill(random.Pick(book.ResultItem), ("Number", "\u0001"), ("Name", g.Name), ("Charges", charges)));
            notes.Add(Note(g.Facts, random));
        }

        foreach (var g in gold.Where(g => g.Facts.GainsYuan > 0))
        {
            var returned = g.RestitutionStated;
            if (!returned && !random.Chance(0.7))
            {
                continue;
            }

            var amount = random.Chance(0.7) ? CourtNumerals.Chinese(g.Facts.GainsYuan) + "元" : CourtNumerals.Arabic(g.Facts.GainsYuan) + "元";
            g.ConfiscatedGains = Amount.Yuan(g.Facts.GainsYuan);
            items.Add(Templates.Fill(random.Pick(returned ? book.ReturnedConfiscation : book.Confiscation), ("Number", "\u0001"), ("Name", g.Name), ("Amount", amount)));
            notes.Add(null);
        }

        var sb = new StringBuilder();
        var numbered = items.Count > 1 || random.Chance(0.5);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            sb.Append(items[i].Replace("\u0001", numbered ? Numbers[Math.Min(i, Numbers.Length - 1)] : "", StringComparison.Ordinal));
            if (notes[i] is { } note)
            {
                sb.Append('\n').Append(note);
            }
        }

        return sb.ToString();
    }

    private string Punishment(SentenceFacts s, SeededRandom random)
    {
        var arabic = Phrasebook.IsHeldOut && random.Chance(0.1);
        var fine = s.FineYuan is { } f ? "并处罚金人民币" + Fine(f, random) : "";
        return s.Kind switch
        {
            SentenceKind.Exempted => "免予刑事处罚",
            SentenceKind.FineOnly => (Phrasebook.IsHeldOut && random.Chance(0.5) ? "单处罚金人民币" : "判处罚金人民币") + Fine(s.FineYuan ?? 1_000, random),
            _ => "判处" + (s.Kind == SentenceKind.FixedTerm ? "有期徒刑" : s.Kind == SentenceKind.Detention ? "拘役" : "管制") + CourtNumerals.Months(s.TermMonths!.Value, arabic)
                + (s.ProbationMonths is { } p ? (Phrasebook.IsHeldOut && random.Chance(0.3) ? "，宣告缓刑" : "，缓刑") + CourtNumerals.Months(p, arabic) : "")
                + (fine.Length > 0 ? "，" + fine : ""),
        };
    }

    private string Fine(long yuan, SeededRandom random) => random.PickWeighted(Phrasebook.FineForms) switch
    {
        0 => CourtNumerals.Chinese(yuan) + "元",
        1 => CourtNumerals.Arabic(yuan) + "元",
        _ => CourtNumerals.Capitals(yuan) + "元",
    };

    private static string? Note(DefendantCaseFacts d, SeededRandom random)
    {
        var s = d.Executed;
        if (s.ProbationMonths is not null)
        {
            return "（缓刑考验期限，从判决确定之日起计算。）";
        }

        if (s.Kind == SentenceKind.FixedTerm && d.Detained && random.Chance(0.8))
        {
            var end = d.CaughtOn.AddMonths(s.TermMonths!.Value).AddDays(-1);
            return $"（刑期从判决执行之日起计算。判决执行以前先行羁押的，羁押一日折抵刑期一日，即自{CourtNumerals.Date(d.CaughtOn)}起至{CourtNumerals.Date(end)}止。）";
        }

        return s.FineYuan is not null && random.Chance(0.3) ? "（罚金于本判决生效之日起十日内缴纳。）" : null;
    }

    private string Signature(CaseFacts facts, NameMasker masker, SeededRandom random)
    {
        var spacer = random.Pick(Phrasebook.SignatureSpacers);
        var sb = new StringBuilder();
        if (facts.Procedure == Judgments.Procedure.Ordinary)
        {
            sb.Append("审判长").Append(spacer).Append(masker.Other()).Append('\n')
              .Append("审判员").Append(spacer).Append(masker.Other()).Append('\n')
              .Append("人民陪审员").Append(spacer).Append(masker.Other()).Append('\n');
        }
        else
        {
            sb.Append("审判员").Append(spacer).Append(masker.Other()).Append('\n');
        }

        return sb.Append(CourtNumerals.SignatureDate(facts.JudgmentDate, random.Pick(Phrasebook.DateZeros))).Append('\n')
            .Append("书记员").Append(spacer).Append(masker.Other()).ToString();
    }
}
