using Breakcard.Core.Errors;
using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Judgments.Extraction.Internal;
using Breakcard.Judgments.Numbers;
using Breakcard.Judgments.Reading;
using Breakcard.Judgments.Text;

namespace Breakcard.Judgments.Extraction;

/// <summary>
/// Turns the text of a first-instance criminal judgment into a <see cref="JudgmentRecord"/>:
/// court, case number, date, and for every defendant the demographics, prior record, charges,
/// conduct, cards, amounts, sentence and circumstances. What the text does not state is left
/// empty, never guessed (docs/judgments.md defines every field). Documents that are not readable
/// first-instance criminal judgments come back as located problems with the reason. Stateless
/// and thread safe; one call allocates only per-document buffers.
/// </summary>
public static class JudgmentExtractor
{
    /// <summary>Extracts one document read by <see cref="JudgmentFileReader"/> or <see cref="JudgmentSources"/>.</summary>
    public static ExtractionResult Extract(JudgmentDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = TextNormalizer.Normalize(document.Text);
        if (!Segmenter.TryLocate(text, out var segments, out var reason))
        {
            return Fail(document, reason);
        }

        var caseText = document.CaseNumber ?? segments.CaseNumberText;
        CaseNumber? caseNumber = null;
        if (caseText is not null)
        {
            if (!CaseNumber.TryParse(caseText, out var parsed, out var caseError))
            {
                segments.Warnings.Add($"the case number could not be read: {caseError}");
            }
            else if (!parsed.IsFirstInstanceCriminal)
            {
                return Fail(document, $"not a first-instance criminal judgment: case type {parsed.Kind} in {parsed}");
            }
            else
            {
                caseNumber = parsed;
            }
        }
        else
        {
            segments.Warnings.Add("no case number found");
        }

        var date = ReadDate(document, text, segments);
        var paragraphs = new List<DefendantFacts>();
        foreach (var range in segments.DefendantParagraphs)
        {
            var facts = DefendantParagraph.Parse(range.Of(text));
            if (facts is null)
            {
                segments.Warnings.Add($"a defendant paragraph could not be read: \"{Shorten(range.Of(text))}\"");
                continue;
            }

            if (paragraphs.Any(p => p.Name == facts.Name))
            {
                segments.Warnings.Add($"defendant {facts.Name} is listed twice; the second paragraph is ignored");
                continue;
            }

            paragraphs.Add(facts);
        }

        if (paragraphs.Count == 0)
        {
            return Fail(document, "no defendant paragraph could be read (expected 被告人<name>，<gender>，…)");
        }

        if (paragraphs.Count > Mentions.MaxDefendants)
        {
            segments.Warnings.Add($"{paragraphs.Count} defendants; facts are attributed to the first {Mentions.MaxDefendants} only");
        }

        var mentions = new Mentions([.. paragraphs.Select(p => p.Name)]);
        var evidence = paragraphs.Select(_ => new Evidence()).ToArray();
        DateOnly? caseStart = null;
        if (!segments.Facts.IsEmpty)
        {
            caseStart = FactsReader.Read(text, segments.Facts, mentions, evidence);
        }

        if (segments.HasReasoning)
        {
            CircumstanceReader.Read(text, segments.Reasoning, mentions, evidence);
        }

        ResultReader.ReadMoneyItems(text, segments.Result, mentions, evidence);
        var defendants = new List<DefendantRecord>(paragraphs.Count);
        for (var d = 0; d < paragraphs.Count; d++)
        {
            var sentence = d < Mentions.MaxDefendants ? ResultReader.Read(text, segments.Result, mentions, d) : null;
            if (sentence is null)
            {
                segments.Warnings.Add($"no sentence found for defendant {paragraphs[d].Name}");
            }

            defendants.Add(Build(paragraphs[d], evidence[Math.Min(d, evidence.Length - 1)], sentence, segments, date, caseStart));
        }

        return ExtractionResult.Of(new JudgmentRecord
        {
            Source = document.Source,
            Court = document.Court ?? segments.Court,
            CaseNumber = caseNumber,
            Date = date,
            Defendants = defendants,
            Warnings = segments.Warnings,
        });
    }

    private static DefendantRecord Build(DefendantFacts p, Evidence e, SentenceResult? s, Segments segments, DateOnly? date, DateOnly? caseStart)
    {
        var hasFacts = !segments.Facts.IsEmpty;
        var hasReasoning = segments.HasReasoning;
        int? age = p.BirthDate is { } b && date is { } j ? Ages.Between(b, j) : null;
        var recidivist = hasReasoning ? e.Recidivist.Value : (bool?)null;
        return new DefendantRecord
        {
            Name = p.Name,
            Gender = p.Gender,
            BirthDate = p.BirthDate,
            AgeAtJudgment = age,
            Ethnicity = p.Ethnicity,
            Education = p.Education,
            Occupation = p.Occupation,
            OccupationText = p.OccupationText,
            Student = p.StudentMentioned || e.StudentStated || p.Occupation == Occupation.Student ? true
                : p.OccupationText is not null ? false : null,
            // 累犯 presupposes an earlier sentence, so a recidivist has a prior record even if the paragraph omits it.
            PriorRecord = p.PriorRecord || recidivist == true,
            Recidivist = recidivist,
            MinorAtOffence = Minor(p, e, age, hasReasoning, caseStart),
            OffenceStart = hasFacts ? e.OffenceStart ?? caseStart : null,
            Charges = s?.Charges ?? [],
            Conduct = hasFacts ? e.FinalConduct : null,
            BankCards = e.BankCardsTotal is { } bt && (e.BankCards is not { } bc || bt.Value >= bc.Value) ? bt : e.BankCards,
            PhoneCards = e.PhoneCardsTotal is { } pt && (e.PhoneCards is not { } pc || pt.Value >= pc.Value) ? pt : e.PhoneCards,
            Settlement = e.Settlement,
            IllegalGains = e.Gains ?? (e.ZeroGains ? new Amount(Core.Money.Zero, false) : e.ResultGains),
            Sentence = s?.Kind,
            TermMonths = s?.TermMonths,
            ProbationMonths = s?.ProbationMonths,
            Fine = s?.Fine,
            Surrender = hasReasoning ? e.Surrender.Value : null,
            Confession = hasReasoning ? e.Confession.Value && !e.Surrender.Value : null,
            PleaLeniency = hasReasoning ? e.Plea.Value : null,
            Restitution = hasReasoning || hasFacts ? e.Restitution : null,
            Accessory = hasReasoning ? e.Accessory.Value : null,
        };
    }

    /// <summary>
    /// Minor at the time of the offence: as the reasoning states it; otherwise from the birth date
    /// and the earliest date in the defendant's own facts, or failing that the earliest date in
    /// the findings (the start of the case's events); otherwise true only when the defendant is
    /// still under 18 at judgment; otherwise unknown.
    /// </summary>
    private static bool? Minor(DefendantFacts p, Evidence e, int? ageAtJudgment, bool hasReasoning, DateOnly? caseStart)
    {
        if (e.Minor.Affirmed)
        {
            return true;
        }

        if (p.BirthDate is { } birth && (e.OffenceStart ?? caseStart) is { } start)
        {
            return Ages.IsMinorInCriminalLaw(birth, start);
        }

        if (ageAtJudgment is < 18)
        {
            return true;
        }

        return hasReasoning && e.Minor.Denied ? false : null;
    }

    private static DateOnly? ReadDate(JudgmentDocument document, string text, Segments segments)
    {
        if (document.Date is not null)
        {
            if (ChineseNumbers.TryParseDate(document.Date, out var fieldDate))
            {
                return fieldDate;
            }

            segments.Warnings.Add("the date field could not be read; the date was taken from the text");
        }

        // The signature date: the last line of the tail that is a date.
        var tail = segments.Tail;
        DateOnly? found = null;
        foreach (var line in Segmenter.Lines(text).Where(l => l.Start >= tail.Start))
        {
            var span = line.Of(text);
            if (span.Length <= 16 && DateReader.TryParseExact(span, out var d))
            {
                found = d;
            }
        }

        if (found is null)
        {
            segments.Warnings.Add("no judgment date found in the signature");
        }

        return found;
    }

    private static ExtractionResult Fail(JudgmentDocument document, string reason) =>
        ExtractionResult.Failed(new InputError(document.Source, document.Line, null, reason));

    private static string Shorten(ReadOnlySpan<char> s) => s.Length <= 20 ? s.ToString() : s[..20].ToString() + "…";
}
