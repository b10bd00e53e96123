using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Judgments;

/// <summary>Renders one defendant's 被告人 paragraph and findings of fact, recording what is stated.</summary>
internal sealed class DefendantText(Phrasebook book, SeededRandom random, NameMasker masker)
{
    private static readonly string[] EducationWords = ["小学", "初中", "高中|中专|职高", "大专", "大学本科|大学", "研究生"];

    public string Paragraph(GoldDefendant g, Court court)
    {
        var f = g.Facts;
        var birthplace = f.Birthplace;
        string ethnicity = "", education = "", occupation = "";
        if (random.Chance(0.97))
        {
            g.Ethnicity = f.Ethnicity;
            ethnicity = "，" + f.Ethnicity;
        }

        if (f.Occupation == Occupation.Student || random.Chance(0.95))
        {
            var word = random.Pick(EducationWords[(int)f.Education - 1].Split('|'));
            g.Education = f.Education;
            education = "，" + string.Format(System.Globalization.CultureInfo.InvariantCulture, random.Pick(book.EducationForm), word);
        }

        if (f.Occupation == Occupation.Student || random.Chance(0.97))
        {
            var word = random.Pick(book.OccupationWords[(int)f.Occupation - 1]).Replace("{School}", court.Prosecutor[..2] + random.Pick(Pools.Schools), StringComparison.Ordinal);
            g.Occupation = f.Occupation;
            g.OccupationText = word.StartsWith('系') ? word[1..] : word;
            occupation = "，" + word;
        }

        var prior = f.Prior is { } p
            ? Templates.Fill(random.Pick(book.Prior), ("Date", CourtNumerals.YearMonth(p.SentencedOn)), ("Charge", p.Charge),
                ("Court", court.Name[(court.Name.IndexOf('省', StringComparison.Ordinal) + 1)..]),
                ("Punishment", (p.Kind == SentenceKind.FixedTerm ? "有期徒刑" : "拘役") + CourtNumerals.Months(p.TermMonths)),
                ("Release", CourtNumerals.Date(p.ReleasedOn)))
            : "";
        var suspicion = f.Convictions[0].Charge;
        var custody = f.Detained
            ? Templates.Fill(random.Pick(book.Detained), ("Suspicion", suspicion), ("Caught", CourtNumerals.Date(f.CaughtOn)), ("Police", court.Police),
                ("Arrested", f.CaughtOn.AddDays(random.NextInt(25, 38)) is var arrested && arrested.Year == f.CaughtOn.Year ? $"{arrested.Month}月{arrested.Day}日" : CourtNumerals.Date(arrested)),
                ("Detention", court.Detention))
            : Templates.Fill(random.Pick(book.Bail), ("Suspicion", suspicion), ("Caught", CourtNumerals.Date(f.CaughtOn)), ("Police", court.Police));

        return Templates.Fill(random.Pick(book.DefendantParagraph),
            ("Name", g.Name), ("Gender", f.Gender == Gender.Male ? "男" : "女"), ("Birth", CourtNumerals.Date(f.BirthDate)),
            ("BirthCn", CourtNumerals.SignatureDate(f.BirthDate, random.Pick(book.DateZeros))),
            ("Birthplace", birthplace), ("Ethnicity", ethnicity), ("Education", education), ("Occupation", occupation),
            ("Residence", court.Prosecutor.Replace("人民检察院", "", StringComparison.Ordinal)), ("Prior", prior), ("Custody", custody));
    }

    public string Facts(GoldDefendant g, CaseFacts c, Phrasebook phrases)
    {
        var f = g.Facts;
        var period = Period(f.OffenceStart, f.OffenceEnd);
        g.StatedStart = new DateOnly(f.OffenceStart.Year, f.OffenceStart.Month, 1);
        // Card texts are written only where a template states them, so the gold records only stated counts.
        string Cards() => BankCardText(g);
        string Phone() => PhoneCardText(g, f.Conduct);
        string conductSentence;
        var k = f.Conduct;
        var values = new List<(string, string)> { ("Period", period), ("Name", g.Name), ("Upstream", c.Upstream) };
        if (k == ConductKinds.None)
        {
            conductSentence = Fill(phrases.FraudMember, values);
        }
        else if ((k & ConductKinds.TransmissionDevices) != 0)
        {
            values.Add(("Devices", CourtNumerals.Count(Math.Max(1, f.Devices), "台", random.Chance(0.5))));
            values.Add(("PhoneCards", Phone()));
            conductSentence = Fill(phrases.Devices, values);
        }
        else if ((k & ConductKinds.TechnicalSupport) != 0)
        {
            conductSentence = Fill(phrases.Technical, values);
        }
        else if ((k & ConductKinds.Advertising) != 0)
        {
            conductSentence = Fill(phrases.Advertising, values);
        }
        else if ((k & ConductKinds.CardDealing) != 0 && f.BankCards == 0)
        {
            values.Add(("PhoneCards", Phone()));
            conductSentence = Fill(phrases.PhoneCardDealer, values);
        }
        else if ((k & ConductKinds.CardDealing) != 0)
        {
            values.Add(("Cards", (k & ConductKinds.TelecomCards) != 0 ? Cards() + "、" + Phone() : Cards()));
            values.Add(("Price", random.NextInt(8, 31) * 100 + "元"));
            conductSentence = Fill(phrases.Dealer, values);
        }
        else if (k == ConductKinds.TelecomCards)
        {
            values.Add(("PhoneCards", Phone()));
            values.Add(("Price", random.NextInt(1, 5) * 50 + "元"));
            conductSentence = Fill(phrases.PhoneCards, values);
        }
        else if ((k & ConductKinds.OwnCards) != 0)
        {
            values.Add(("Cards", (k & ConductKinds.TelecomCards) != 0 ? Cards() + "及" + Phone() : Cards()));
            values.Add(("Verb", random.Pick<string>(["出售", "出租", "出借"])));
            values.Add(("Price", "每张" + (random.NextInt(5, 31) * 100) + "元"));
            values.Add(("Act", random.Pick<string>(["多次进行刷脸验证", "通过手机银行进行转账", "刷脸验证并转账"])));
            conductSentence = Fill((k & ConductKinds.PaymentSettlement) != 0 ? phrases.OwnCardsWithSettlement : phrases.OwnCards, values);
        }
        else
        {
            conductSentence = Fill(phrases.Settlement, values);
        }

        var text = new System.Text.StringBuilder(conductSentence);
        if (f.SettlementYuan > 0 && random.Chance(0.95))
        {
            var (amount, gold) = Money(f.SettlementYuan, phrases.MoneyForms);
            g.Settlement = gold;
            var templates = (k & ConductKinds.CardDealing) != 0 ? phrases.SettlementAmount[..1] : phrases.SettlementAmount;
            text.Append(Templates.Fill(random.Pick(templates), ("Name", g.Name), ("Amount", amount)));
            if (random.Chance(0.35))
            {
                var (victimAmount, _) = Money(Math.Max(1_000, f.SettlementYuan / random.NextInt(4, 40) / 1_000 * 1_000), phrases.MoneyForms);
                text.Append("其中包括被害人").Append(masker.Other()).Append("被诈骗的资金").Append(victimAmount).Append('。');
            }
        }

        if (f.GainsYuan > 0 && random.Chance(0.85))
        {
            var (amount, gold) = Money(f.GainsYuan, phrases.MoneyForms);
            g.FactsGains = gold;
            text.Append(Templates.Fill(random.Pick(phrases.Gains), ("Name", g.Name), ("Amount", amount)));
        }
        else if (f.GainsYuan == 0 && random.Chance(0.9))
        {
            g.ZeroGainsStated = true;
            text.Append(Templates.Fill(random.Pick(phrases.NoGains), ("Name", g.Name)));
        }

        if (f.Restitution && f.GainsYuan > 0)
        {
            g.RestitutionStated = true;
            text.Append(Templates.Fill(random.Pick(phrases.RestitutionFact), ("Name", g.Name), ("Amount", CourtNumerals.Arabic(f.GainsYuan) + "元")));
        }

        text.Append(CourtNumerals.Date(f.CaughtOn)).Append("，被告人").Append(g.Name)
            .Append(f.Surrender ? "主动到公安机关投案。" : "被公安机关抓获。");
        return text.ToString();
    }

    private string Fill(string[] templates, List<(string, string)> values) => Templates.Fill(random.Pick(templates), [.. values]);

    private string BankCardText(GoldDefendant g)
    {
        var n = g.Facts.BankCards;
        if (n == 0)
        {
            return "银行卡";
        }

        if (!random.Chance(0.9))
        {
            return "银行卡";
        }

        var chinese = random.Chance(0.4);
        if (n >= 20 && random.Chance(0.3))
        {
            var floor = n / 10 * 10;
            g.BankCards = new Quantity(floor, floor != n);
            return "银行卡" + (chinese ? CourtNumerals.Chinese(floor) : CourtNumerals.Arabic(floor)) + (floor != n ? "余张" : "张");
        }

        g.BankCards = Quantity.Exactly(n);
        var count = CourtNumerals.Count(n, "张", chinese);
        switch (random.NextInt(0, 3))
        {
            case 0 when n is >= 2 and <= 6:
                var banks = Pools.Banks.OrderBy(_ => random.NextDouble()).Take(Math.Min(n, 3)).Select(b => b + "卡");
                return string.Join('、', banks) + (n > 3 ? "等" : "共") + count + "银行卡";
            case 1:
                return "银行卡" + count;
            default:
                return count + "银行卡";
        }
    }

    private string PhoneCardText(GoldDefendant g, ConductKinds conduct)
    {
        var m = g.Facts.PhoneCards;
        if (m == 0)
        {
            return "手机卡";
        }

        // A seller's bound phone card is often mentioned without a count.
        if ((conduct & ConductKinds.OwnCards) != 0 && random.Chance(0.5))
        {
            return "绑定的手机卡";
        }

        var noun = random.Pick<string>(book.IsHeldOut ? ["手机卡", "电话卡", "流量卡"] : ["手机卡", "电话卡"]);
        if (m >= 20 && random.Chance(0.3))
        {
            var floor = m / 10 * 10;
            g.PhoneCards = new Quantity(floor, floor != m);
            return noun + CourtNumerals.Arabic(floor) + (floor != m ? "余张" : "张");
        }

        g.PhoneCards = Quantity.Exactly(m);
        var count = CourtNumerals.Count(m, "张", random.Chance(0.3));
        return random.Chance(0.5) ? noun + count : count + noun;
    }

    private (string Text, Amount Gold) Money(long yuan, double[] weights)
    {
        var form = (MoneyForm)random.PickWeighted(weights);
        return CourtNumerals.Money(yuan, form);
    }

    private static string Period(DateOnly start, DateOnly end)
    {
        if (start.Year == end.Year && start.Month == end.Month)
        {
            return CourtNumerals.YearMonth(start);
        }

        return start.Year == end.Year
            ? CourtNumerals.YearMonth(start) + "至" + end.Month + "月"
            : CourtNumerals.YearMonth(start) + "至" + CourtNumerals.YearMonth(end);
    }
}
