using Breakcard.Core.People;
using Breakcard.Judgments.Numbers;

namespace Breakcard.Judgments.Extraction.Internal;

/// <summary>What a 被告人 paragraph states about one defendant.</summary>
internal sealed class DefendantFacts
{
    public required string Name { get; init; }

    public Gender? Gender { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? Ethnicity { get; set; }

    public Education? Education { get; set; }

    public Occupation? Occupation { get; set; }

    public string? OccupationText { get; set; }

    public bool StudentMentioned { get; set; }

    public bool PriorRecord { get; set; }
}

/// <summary>
/// Reads a 被告人 paragraph: "被告人刘某，男，1993年7月21日出生于…，汉族，初中文化，无业，住…。
/// 因涉嫌犯…被刑事拘留…". The first sentence is split into clauses at commas and each clause is
/// recognised by its form (男/女; a date with 出生 or 生; …族; …文化 or 文化程度…; an occupation
/// word); the rest of the paragraph is searched for prior convictions.
/// </summary>
internal static class DefendantParagraph
{
    private static readonly string[] SkippedClauseStarts =
        ["住", "现住", "暂住", "居住", "家住", "户籍", "户口", "身份证", "公民身份", "捕前", "案发前", "曾用名", "绰号", "别名", "化名", "出生地", "籍贯", "电话"];

    private static readonly string[] StopClauseStarts = ["因", "曾", "现", "于", "系因", "2", "1", "经", "后"];

    public static DefendantFacts? Parse(ReadOnlySpan<char> paragraph)
    {
        var p = paragraph;
        p = p.StartsWith("被告人") ? p[3..] : p;
        p = p.TrimStart("：:");
        var nameEnd = p.IndexOfAny("，,（(。、 ");
        if (nameEnd <= 0 || nameEnd > 12)
        {
            return null;
        }

        var facts = new DefendantFacts { Name = p[..nameEnd].ToString() };
        var rest = p[nameEnd..];
        if (rest.StartsWith("（"))
        {
            var close = rest.IndexOf('）');
            rest = close < 0 ? rest : rest[(close + 1)..];
        }

        var sentenceEnd = rest.IndexOf('。');
        var first = sentenceEnd < 0 ? rest : rest[..sentenceEnd];
        ReadClauses(first, facts);
        facts.PriorRecord = HasPriorConviction(paragraph);
        return facts;
    }

    private static void ReadClauses(ReadOnlySpan<char> sentence, DefendantFacts facts)
    {
        var afterEducation = false;
        foreach (var range in sentence.Split('，'))
        {
            var clause = sentence[range].Trim();
            if (clause.IsEmpty)
            {
                continue;
            }

            if (Keywords.StartsWithAny(clause, SkippedClauseStarts))
            {
                continue;
            }

            if (Keywords.StartsWithAny(clause, StopClauseStarts) && !clause.Contains("出生", StringComparison.Ordinal) && !clause.EndsWith("生"))
            {
                break; // custody or a prior record: the demographics are over
            }

            if (TryGender(clause, out var gender))
            {
                facts.Gender ??= gender;
                continue;
            }

            if (TryBirth(clause, out var birth))
            {
                facts.BirthDate ??= birth;
                continue;
            }

            if (TryEthnicity(clause, out var ethnicity))
            {
                facts.Ethnicity ??= ethnicity;
                continue;
            }

            if (TryEducation(clause, out var education))
            {
                facts.Education ??= education;
                afterEducation = true;
                if (clause.Contains("在读", StringComparison.Ordinal) || clause.Contains("在校", StringComparison.Ordinal))
                {
                    facts.StudentMentioned = true;
                }

                continue;
            }

            if (facts.OccupationText is null)
            {
                var occupation = Lexicon.Match(clause, Lexicon.OccupationWords);
                if (occupation is not null || afterEducation)
                {
                    facts.Occupation = occupation;
                    facts.OccupationText = OccupationText(clause);
                    if (occupation == Occupation.Student)
                    {
                        facts.StudentMentioned = true;
                    }
                }
            }
        }
    }

    private static string OccupationText(ReadOnlySpan<char> clause)
    {
        foreach (var prefix in new[] { "职业：", "职业为", "职业", "系", "是" })
        {
            if (clause.StartsWith(prefix) && clause.Length > prefix.Length)
            {
                return clause[prefix.Length..].ToString();
            }
        }

        return clause.ToString();
    }

    private static bool TryGender(ReadOnlySpan<char> clause, out Gender gender)
    {
        gender = default;
        var c = clause.StartsWith("性别") ? clause[2..].TrimStart("：:") : clause;
        if (c.SequenceEqual("男") || c.SequenceEqual("男性"))
        {
            gender = Gender.Male;
            return true;
        }

        if (c.SequenceEqual("女") || c.SequenceEqual("女性"))
        {
            gender = Gender.Female;
            return true;
        }

        return false;
    }

    private static bool TryBirth(ReadOnlySpan<char> clause, out DateOnly birth)
    {
        birth = default;
        if (!clause.Contains('生'))
        {
            return false;
        }

        for (var i = 0; i + 5 <= clause.Length; i++)
        {
            if (DateReader.TryRead(clause, i, out var date, out _) && date.IsComplete)
            {
                birth = date.ToDateOnly();
                return true;
            }
        }

        return false;
    }

    private static bool TryEthnicity(ReadOnlySpan<char> clause, out string ethnicity)
    {
        ethnicity = "";
        var c = clause;
        if (c.StartsWith("民族"))
        {
            c = c[2..].TrimStart("：:为");
        }

        if (c.EndsWith("族人"))
        {
            c = c[..^1];
        }

        var name = c.EndsWith("族") ? c[..^1] : c;
        if (name.Length is 0 or > 5)
        {
            return false;
        }

        var lookup = Lexicon.Ethnicities.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(name) && (c.EndsWith("族") || clause.StartsWith("民族")))
        {
            ethnicity = name.ToString() + "族";
            return true;
        }

        return false;
    }

    private static bool TryEducation(ReadOnlySpan<char> clause, out Education education)
    {
        education = default;
        var isEducationClause = clause.Contains("文化", StringComparison.Ordinal) || clause.Contains("学历", StringComparison.Ordinal)
            || clause.EndsWith("在读") || clause.EndsWith("毕业") || clause.EndsWith("肄业") || clause.SequenceEqual("文盲") || clause.SequenceEqual("半文盲")
            || clause.Length <= 3;
        if (!isEducationClause || clause.Contains("学生", StringComparison.Ordinal))
        {
            return false;
        }

        var level = Lexicon.Match(clause, Lexicon.EducationWords);
        if (level is null)
        {
            return false;
        }

        education = level.Value;
        return true;
    }

    /// <summary>
    /// A prior conviction: "曾因犯盗窃罪被…判处有期徒刑…", "2015年6月因犯…罪被判处…", "…刑满释放". An
    /// administrative penalty (行政拘留, 罚款) is not a conviction; 因涉嫌犯 is the current case.
    /// </summary>
    private static bool HasPriorConviction(ReadOnlySpan<char> paragraph)
    {
        foreach (var range in paragraph.Split('。'))
        {
            var s = paragraph[range];
            if (s.Contains("刑满释放", StringComparison.Ordinal) || s.Contains("假释", StringComparison.Ordinal))
            {
                return true;
            }

            var convicted = s.Contains("因犯", StringComparison.Ordinal) || s.Contains("曾犯", StringComparison.Ordinal)
                || s.Contains("曾被判处", StringComparison.Ordinal) || s.Contains("曾因", StringComparison.Ordinal);
            if (convicted && (s.Contains("判处", StringComparison.Ordinal) || s.Contains("刑事处罚", StringComparison.Ordinal) || s.Contains("免予", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
