using System.Globalization;
using Breakcard.Core;
using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Judgments.Consistency;
using Breakcard.Judgments.Tables;

namespace Breakcard.Judgments.Statistics;

/// <summary>
/// Every statistic the source paper reports (277 judgments, 389 defendants, a Chengdu district
/// court, 2021–2022), side by side with the same statistic computed on the input, defined as the
/// paper defines it. Where the paper states a figure in words ("mostly", "dominates"), the words
/// are quoted and the corpus's share is given. Pure; thread safe.
/// </summary>
public static class PaperComparison
{
    /// <summary>The paper's Liu (section 4.5): settlement over ¥11 million, gains ¥32,200, fine ¥7,000.</summary>
    public static (Money Settlement, Money Gains, Money Fine) Liu { get; } = (Money.FromYuan(11_000_000), Money.FromYuan(32_200), Money.FromYuan(7_000));

    /// <summary>The paper's Song (section 4.5): settlement ¥5.19 million, gains ¥10,000, fine ¥9,000.</summary>
    public static (Money Settlement, Money Gains, Money Fine) Song { get; } = (Money.FromYuan(5_190_000), Money.FromYuan(10_000), Money.FromYuan(9_000));

    /// <summary>The side-by-side table.</summary>
    public static StatTable Table(IReadOnlyList<JudgmentRecord> judgments)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        var all = judgments.SelectMany(j => j.Defendants).ToList();
        var rows = new List<IReadOnlyList<string>>
        {
            Row("judgments", "277", TableText.Count(judgments.Count), "documents extracted"),
            Row("defendants", "389", TableText.Count(all.Count), "every defendant, whatever the charge"),
            Row("defendants per judgment", "1.40", judgments.Count == 0 ? "–" : TableText.Number((double)all.Count / judgments.Count), ""),
        };
        var table1 = GenderComposition.Compute(judgments);
        foreach (var (year, women, mixed, men) in NationalFigures.PaperTable1)
        {
            var r = table1.Take(table1.Count - 1).FirstOrDefault(x => x.Year == year);
            rows.Add(Row($"Table 1, {year}: women alone / women and men jointly / men",
                $"{TableText.Percent(women)} / {TableText.Percent(mixed)} / {TableText.Percent(men)}",
                r is null || r.Judgments == 0 ? $"no {year} judgments with a 帮信 defendant"
                    : $"{TableText.Percent(r.WomenAlone, r.Judgments)} / {TableText.Percent(r.Mixed, r.Judgments)} / {TableText.Percent(r.Men, r.Judgments)} of {TableText.Count(r.Judgments)}",
                "judgments with a 帮信 defendant, by the genders of those defendants"));
        }

        var recidivists = all.Count(d => d.Recidivist == true);
        var stated = all.Count(d => d.Recidivist is not null);
        rows.Add(Row("recidivists (累犯)", "17 of 389 (4.37%)", Of(recidivists, stated), "of defendants whose judgment has reasoning"));
        var first = all.Count(d => d.PriorRecord == false && d.Recidivist != true);
        var recordStated = all.Count(d => d.PriorRecord is not null);
        rows.Add(Row("first offenders", "\"the rest\": 372 of 389 (95.63%)", Of(first, recordStated), "no prior criminal record; the paper counts every non-recidivist"));
        var born = all.Where(d => d.BirthDate is not null).ToList();
        rows.Add(Row("born in the 1980s, 1990s or 2000s", "\"mainly\"", Of(born.Count(d => d.BirthDate!.Value.Year is >= 1980 and < 2010), born.Count), "of defendants with a stated birth date"));
        var occupied = all.Where(d => d.Occupation is not null).ToList();
        rows.Add(Row("without a fixed occupation", "\"most\"", Of(occupied.Count(d => d.Occupation == Occupation.Unemployed), occupied.Count), "无业 and the like, of defendants with a stated occupation"));
        var typed = all.Where(d => d.IsConvictedOfAssisting && d.Conduct is { } c && c != ConductKinds.None).ToList();
        const ConductKinds cards = ConductKinds.OwnCards | ConductKinds.CardDealing | ConductKinds.TelecomCards | ConductKinds.PaymentSettlement;
        rows.Add(Row("payment settlement by selling or renting bank and phone cards", "\"dominates\"", Of(typed.Count(d => (d.Conduct!.Value & cards) != 0), typed.Count),
            "帮信 defendants whose findings include own cards, card dealing, phone cards or moving money"));
        rows.Add(Row("Liu and Song (4.5): more settlement and gains, lower fine", "Liu ¥11,000,000+ / ¥32,200 / fined ¥7,000; Song ¥5,190,000 / ¥10,000 / fined ¥9,000",
            LiuAndSong(judgments), "the inconsistent-pair definition (ADR 44) applied to the two"));
        return new StatTable("paper", "The source paper's statistics beside this corpus's", ["statistic", "source paper", "this corpus", "definition"], rows,
            NationalFigures.Paper + ". Figures in quotation marks are stated in words in the paper.");
    }

    /// <summary>"found", "both in the input, not found", or which of the two is missing.</summary>
    private static string LiuAndSong(IReadOnlyList<JudgmentRecord> judgments)
    {
        var defendants = SentencedDefendant.All(judgments);
        var liu = defendants.Where(d => Matches(d.Defendant, Liu)).ToList();
        var song = defendants.Where(d => Matches(d.Defendant, Song)).ToList();
        if (liu.Count == 0 || song.Count == 0)
        {
            return (liu.Count, song.Count) switch
            {
                (0, 0) => "neither is in the input",
                (0, _) => "Liu is not in the input",
                _ => "Song is not in the input",
            };
        }

        var pairs = InconsistentPairs.Find([.. liu, .. song], SentencingTarget.Fine);
        return pairs.Pairs.Any(p => liu.Contains(p.Heavier) && song.Contains(p.Lighter))
            ? $"found: {liu[0].Label} fined {liu[0].Defendant.Fine} against {song[0].Label} fined {song[0].Defendant.Fine}"
            : "both in the input, not found";
    }

    private static bool Matches(DefendantRecord d, (Money Settlement, Money Gains, Money Fine) facts) =>
        d.Settlement?.Value == facts.Settlement && d.IllegalGains?.Value == facts.Gains && d.Fine == facts.Fine;

    private static string Of(int part, int whole) =>
        whole == 0 ? "not stated" : string.Create(CultureInfo.InvariantCulture, $"{TableText.Count(part)} of {TableText.Count(whole)} ({TableText.Percent(part, whole)})");

    private static IReadOnlyList<string> Row(string statistic, string paper, string corpus, string definition) => [statistic, paper, corpus, definition];
}
