using Breakcard.Simulation.JobAds;

namespace Breakcard.Simulation.Tests.JobAds;

public sealed class JobAdGeneratorTests
{
    [Fact]
    public void Generate_SameSeed_GivesTheSameAds()
    {
        var a = JobAdGenerator.Generate(42, new JobAdOptions(300)).ToList();
        var b = JobAdGenerator.Generate(42, new JobAdOptions(300)).ToList();
        Assert.Equal(a, b);
        var c = JobAdGenerator.Generate(43, new JobAdOptions(300)).ToList();
        Assert.NotEqual(a.Select(x => x.Text), c.Select(x => x.Text));
    }

    [Fact]
    public void Generate_SameSeed_GivesTheSameHeldOutAndDevelopmentAds()
    {
        // The held-out and development splits carry the later disguises (round 30's pinyin annotations and mail sources among them), which draw from the ad's
        // own stream too: the same seed gives the same ads, another seed others.
        foreach (var split in new[] { JobAdSplit.HeldOut, JobAdSplit.Development })
        {
            var a = JobAdGenerator.Generate(42, new JobAdOptions(400, split)).ToList();
            Assert.Equal(a, JobAdGenerator.Generate(42, new JobAdOptions(400, split)).ToList());
            Assert.NotEqual(a.Select(x => x.Text), JobAdGenerator.Generate(43, new JobAdOptions(400, split)).Select(x => x.Text));
        }

        Assert.Contains(JobAdGenerator.Generate(42, new JobAdOptions(400, JobAdSplit.HeldOut)), x => x.Evasions.Overlaps(Evasions.HeldOutOnly));
    }

    [Fact]
    public void Generate_MoreAds_KeepsTheEarlierOnes()
    {
        var few = JobAdGenerator.Generate(5, new JobAdOptions(50)).ToList();
        var many = JobAdGenerator.Generate(5, new JobAdOptions(500)).Take(50).ToList();
        Assert.Equal(few, many);
    }

    [Fact]
    public void Generate_RiskyShare_IsAsAsked()
    {
        var ads = JobAdGenerator.Generate(7, new JobAdOptions(4_000, RiskyShare: 0.25)).ToList();
        var share = ads.Count(a => a.IsRisky) / (double)ads.Count;
        Assert.InRange(share, 0.22, 0.28); // binomial: sd ≈ 0.007
        Assert.All(ads, a => Assert.Equal(a.IsRisky, a.Kind == JobAdKind.Risky));
        Assert.All(ads, a => Assert.Equal(a.IsRisky, a.Scheme != JobAdScheme.None));
    }

    [Fact]
    public void Training_UsesOnlyTrainingFamiliesAndEvasions()
    {
        var reserves = JobAdGenerator.Families.ToDictionary(f => f.Id, f => f.Reserve);
        foreach (var ad in JobAdGenerator.Generate(9, new JobAdOptions(3_000)))
        {
            Assert.Equal(JobAdSplit.Training, reserves[ad.Family]);
            Assert.Equal(JobAdSplit.Training, ad.Split);
            Assert.Equal(EvasionSet.Empty, ad.Evasions & (Evasions.Development | Evasions.HeldOutOnly));
            Assert.StartsWith("train-", ad.Id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Development_ComesFromDevelopmentFamiliesOnly()
    {
        var reserves = JobAdGenerator.Families.ToDictionary(f => f.Id, f => f.Reserve);
        // 8,000 ads: fifty later disguises now share the benign ads' 6 % rate, and letter symbols need Latin letters, which few benign ads have.
        var ads = JobAdGenerator.Generate(9, new JobAdOptions(8_000, JobAdSplit.Development)).ToList();
        Assert.All(ads, ad =>
        {
            Assert.Equal(JobAdSplit.Development, reserves[ad.Family]);
            Assert.Equal(EvasionSet.Empty, ad.Evasions & Evasions.HeldOutOnly);
        });
        Assert.Contains(ads, a => a.Evasions.Overlaps(Evasions.Development)); // the evasions held out in rounds 1–4 are tuned on now
        Assert.Contains(ads, a => a.Evasions.Overlaps([Evasion.LineBreaks, Evasion.FillerLetters])); // and round 5's since round 6
        var missing = new List<string>();
        foreach (var evasion in new[] { Evasion.LookalikeCodePoints, Evasion.InitialMix, Evasion.CombiningMarks, Evasion.JapaneseForms, Evasion.Placeholders, Evasion.NumberForms,
                     Evasion.EnglishWords, Evasion.BidiReversal, Evasion.Nicknames, Evasion.VerticalText, Evasion.LetterSymbols, Evasion.MoneySlang,
                     Evasion.MartianScript, Evasion.KeycapDigits, Evasion.ZhuyinSymbols, Evasion.DigitLetters, Evasion.SpokenDigits, Evasion.SplitNumbers,
                     Evasion.ContactPointers, Evasion.EverydayChatter, Evasion.NumberPuzzles, Evasion.QuotedOffer, Evasion.CommentThread, Evasion.ScrambledOrder,
                     Evasion.AcrosticLines, Evasion.JobDigest, Evasion.KnowingOmission, Evasion.SpelledCharacters, Evasion.Periphrasis, Evasion.ReversedClause,
                     Evasion.RegionalWords, Evasion.DialectWriting, Evasion.BanknoteSlang, Evasion.ComplianceBoilerplate, Evasion.RoughAmounts,
                     Evasion.MarketplaceListing, Evasion.TopicTags, Evasion.InternetSlang, Evasion.EarningsShare, Evasion.SquaredSigns,
                     Evasion.VoiceTranscript, Evasion.ProductReview, Evasion.EmojiRebus, Evasion.ScreenshotText, Evasion.SubtitleCues, Evasion.MarkupTags,
                     Evasion.EncodedClause, Evasion.CalendarInvite })
        {
            // Round 6's held-out disguises are tuned on since round 7, … round 28's since round 29, round 29's since round 30, on risky and benign ads.
            if (!ads.Any(a => a.Evasions.Contains(evasion) && a.IsRisky))
            {
                missing.Add($"{evasion} on no risky ad");
            }

            if (evasion is not Evasion.LetterSymbols and not Evasion.Nicknames and not Evasion.RegionalWords and not Evasion.MoneySlang and not Evasion.BanknoteSlang
                and not Evasion.RoughAmounts and not Evasion.AcrosticLines and not Evasion.DigitLetters and not Evasion.SpelledCharacters and not Evasion.Periphrasis
                and not Evasion.SplitNumbers and not Evasion.ScrambledOrder and not Evasion.InternetSlang and not Evasion.VerticalText and not Evasion.NumberPuzzles
                and not Evasion.ContactPointers and not Evasion.ScreenshotText and not Evasion.EnglishWords and not Evasion.SpokenDigits and not Evasion.EncodedClause
                && !ads.Any(a => a.Evasions.Contains(evasion) && !a.IsRisky))
            {
                missing.Add($"{evasion} on no benign ad");
            }
        }

        Assert.Empty(missing);

        // Letter symbols write the Latin letters of a contact word (vx, QQ, WeChat) or a handle after @, which the honest families
        // of the development set (round 21's since round 22) seldom write: drawn for benign development ads, they find nothing to change.
        // Nicknames likewise: on benign ads they only rename 微信, which few honest development templates write (they name it in
        // their text only now and then, otherwise through the contact slot), so the test does not ask for them on a benign ad.
        // Regional words likewise: on benign ads they only rename 兼职 and 联系 (ADR 389), which the honest development texts (round 21's)
        // hardly write, and at 6 % shared by thirty-six disguises they are drawn for about ten benign ads here (one changed, seed 9).
        // Money slang and banknote slang likewise: they need an amount in 元 or 块 (banknote slang whole hundreds of them), $ or £, which
        // few honest development texts (round 22's since round 23) state, and of the about ten benign ads each is drawn for here none has
        // one (seed 9; 527 and 478 risky ads carry them). Rough amounts likewise: they need an amount of three to six digits in 元 or 块, $ or £,
        // which round 23's honest texts (the development set since round 24) seldom state. Acrostic lines likewise since round 24: they take out an
        // ordinary key word (兼职, 微信 …) where one stands, and at 6 % shared by thirty-eight disguises none of the benign ads they are drawn for
        // here held one (seed 9); risky ads carry them. Digit letters, spelled characters and periphrasis likewise since round 25: they need a
        // number with a look-alike digit or an ordinary key word, and with round 24's honest texts (the development set since round 25) and
        // forty disguises sharing the 6 % no benign ad here carries them (seed 9); risky ads carry all three. Split numbers, scrambled order and
        // online spellings likewise since round 26: they need a number of six or more digits, a key word or an everyday word the online register
        // respells, and with round 25's honest texts (the development set since round 26) and forty-two disguises sharing the 6 % no benign ad
        // here carries them (seed 9); risky ads carry all three. Vertical text and number puzzles likewise since round 27: they need a clause
        // with a key word or a contact number (a phone or QQ number, or the digits after a contact word), and with round 26's honest texts
        // (the development set since round 27) and forty-four disguises sharing the 6 % no benign ad here carries them (seed 9); risky ads
        // carry both. Contact pointers and screenshots likewise since round 28: with forty-six disguises sharing the 6 %, each is drawn for
        // only a few of the benign ads here, and contact pointers need a contact, which round 27's honest forms (the development set since
        // round 28) do not write; at seed 9 neither reached a benign ad (ADR 450). Risky ads carry both; the held-out test sees screenshots
        // on development ads (seed 9, 2,000 ads). English words, spoken digits and encoded clauses likewise since round 30: with fifty
        // disguises sharing the 6 %, each is drawn for about six benign ads here, and they need a key word with an English name, a number
        // of three or more digits, or an ordinary key word (微信, 兼职, 电话, 联系) standing whole, which round 29's honest forms (the
        // development set since round 30) seldom write; at seed 9 none of the three reached a benign ad (ADR 472). Risky ads carry all
        // three; the held-out test sees encoded clauses on development ads (seed 9, 2,000 ads).
    }

    [Fact]
    public void HeldOut_EveryAdIsHeldOutByFamilyOrEvasion()
    {
        var reserves = JobAdGenerator.Families.ToDictionary(f => f.Id, f => f.Reserve);
        var ads = JobAdGenerator.Generate(9, new JobAdOptions(2_000, JobAdSplit.HeldOut)).ToList();
        Assert.All(ads, ad =>
        {
            Assert.Equal(JobAdSplit.HeldOut, ad.Split);
            Assert.True(reserves[ad.Family] == JobAdSplit.HeldOut || ad.Evasions.Overlaps(Evasions.HeldOutOnly), ad.Id);
        });
        Assert.Contains(ads, a => reserves[a.Family] == JobAdSplit.HeldOut);
        Assert.Contains(ads, a => reserves[a.Family] != JobAdSplit.HeldOut);
        foreach (var evasion in new[] { Evasion.PinyinAnnotation, Evasion.MailSource })
        {
            Assert.Contains(ads, a => a.Evasions.Contains(evasion) && a.IsRisky);
            Assert.Contains(ads, a => a.Evasions.Contains(evasion) && !a.IsRisky);
            // Both reach earlier families too, which carry them into the held-out split.
            Assert.Contains(ads, a => a.Evasions.Contains(evasion) && reserves[a.Family] != JobAdSplit.HeldOut);
        }

        // Round 30's families (ADR 472) all occur, and only in the held-out split; they reach risky and benign held-out ads with both new disguises.
        var roundThirty = HeldOutFamilies.All.Select(f => f.Id).ToHashSet();
        Assert.Equal(roundThirty, ads.Select(a => a.Family).Where(roundThirty.Contains).ToHashSet());
        foreach (var evasion in new[] { Evasion.PinyinAnnotation, Evasion.MailSource })
        {
            Assert.Contains(ads, a => a.Evasions.Contains(evasion) && a.IsRisky && roundThirty.Contains(a.Family));
            Assert.Contains(ads, a => a.Evasions.Contains(evasion) && !a.IsRisky && roundThirty.Contains(a.Family));
        }

        var developmentAds = JobAdGenerator.Generate(9, new JobAdOptions(2_000, JobAdSplit.Development)).ToList();
        var trainingAds = JobAdGenerator.Generate(9, new JobAdOptions(2_000)).ToList();
        Assert.DoesNotContain(developmentAds, a => roundThirty.Contains(a.Family));
        Assert.DoesNotContain(trainingAds, a => roundThirty.Contains(a.Family));

        // Round 30's disguises never reach a training or development ad, nor a toned syllable in brackets or a MIME header a training or
        // development text (no template writes one), and no ad shows one without the flag; round 29's Base64 notes and calendar lines now
        // reach development ads (flagged), training ads still never.
        Assert.All(developmentAds.Concat(trainingAds), a => Assert.Equal(EvasionSet.Empty, a.Evasions & Evasions.HeldOutOnly));
        Assert.DoesNotContain(developmentAds.Concat(trainingAds), a => HasAnnotation(a.Text) || HasMailHeader(a.Text));
        Assert.Contains(ads, a => a.Evasions.Contains(Evasion.PinyinAnnotation) && HasAnnotation(a.Text));
        Assert.Contains(ads, a => a.Evasions.Contains(Evasion.MailSource) && HasMailHeader(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.PinyinAnnotation) && HasAnnotation(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.MailSource) && HasMailHeader(a.Text));
        Assert.DoesNotContain(trainingAds, a => HasEncodingNote(a.Text) || HasCalendarLine(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.EncodedClause) && HasEncodingNote(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.CalendarInvite) && HasCalendarLine(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.EncodedClause) && HasEncodingNote(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.CalendarInvite) && HasCalendarLine(a.Text));
        Assert.DoesNotContain(trainingAds, a => HasCueTime(a.Text) || HasMarkup(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.SubtitleCues) && HasCueTime(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.MarkupTags) && HasMarkup(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.SubtitleCues) && HasCueTime(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.MarkupTags) && HasMarkup(a.Text));
        Assert.DoesNotContain(trainingAds, a => HasRebus(a.Text) || HasScreenBar(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.EmojiRebus) && HasRebus(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.ScreenshotText) && HasScreenBar(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.EmojiRebus) && HasRebus(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.ScreenshotText) && HasScreenBar(a.Text));
        Assert.DoesNotContain(trainingAds, a => HasReviewLine(a.Text) || HasSpokenFiller(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.ProductReview) && HasReviewLine(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.VoiceTranscript) && HasSpokenFiller(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.ProductReview) && HasReviewLine(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.VoiceTranscript) && HasSpokenFiller(a.Text));
        Assert.DoesNotContain(trainingAds, a => HasEarningsLine(a.Text) || HasSquaredSign(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.EarningsShare) && HasEarningsLine(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.SquaredSigns) && HasSquaredSign(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.EarningsShare) && HasEarningsLine(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.SquaredSigns) && HasSquaredSign(a.Text));
        Assert.DoesNotContain(trainingAds, a => HasTopicTag(a.Text) || HasSlang(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.TopicTags) && HasTopicTag(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.InternetSlang) && HasSlang(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.TopicTags) && HasTopicTag(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.InternetSlang) && HasSlang(a.Text));
        Assert.DoesNotContain(trainingAds, a => HasRoughAmount(a.Text) || HasListing(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.RoughAmounts) && HasRoughAmount(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.MarketplaceListing) && HasListing(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.RoughAmounts) && HasRoughAmount(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.MarketplaceListing) && HasListing(a.Text));
        Assert.DoesNotContain(trainingAds, a => HasBanknoteSlang(a.Text) || HasBoilerplate(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.BanknoteSlang) && HasBanknoteSlang(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.ComplianceBoilerplate) && HasBoilerplate(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.BanknoteSlang) && HasBanknoteSlang(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.ComplianceBoilerplate) && HasBoilerplate(a.Text));
        Assert.DoesNotContain(trainingAds, a => HasRegionalWord(a.Text) || HasDialectWord(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.RegionalWords) && HasRegionalWord(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.DialectWriting) && HasDialectWord(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.RegionalWords) && HasRegionalWord(a.Text));
        Assert.DoesNotContain(developmentAds.Concat(ads), a => !a.Evasions.Contains(Evasion.DialectWriting) && HasDialectWord(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.Periphrasis) && HasDescription(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.ReversedClause) && HasReversingNote(a.Text));
        Assert.DoesNotContain(trainingAds, a => HasDescription(a.Text) || HasReversingNote(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.KnowingOmission) && HasWink(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.SpelledCharacters) && HasSpelledCharacters(a.Text));
        Assert.DoesNotContain(trainingAds, a => HasWink(a.Text) || HasSpelledCharacters(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.AcrosticLines) && HasAcrostic(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.JobDigest) && HasJobDigest(a.Text));
        Assert.DoesNotContain(trainingAds, a => HasAcrostic(a.Text) || HasJobDigest(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.CommentThread) && HasCommentThread(a.Text));
        // Round 14's forms, training since round 16, set their columns apart with the ideographic space that also pads vertical text.
        var spacedForms = AllFamilies().Where(f => f.Templates.Any(t => t.Contains(EvasionTables.VerticalPadding, StringComparison.Ordinal))).Select(f => f.Id).ToHashSet();
        // Round 28's forms, training since round 30, number themselves with look-alike letters before digits (编号：BZ501), as digit letters write a number.
        var letterNumberedForms = AllFamilies().Where(f => f.Templates.Any(t => System.Text.RegularExpressions.Regex.IsMatch(t, "(?<![A-Za-z])[OolIZSB]{1,2}<d>"))).Select(f => f.Id).ToHashSet();
        Assert.DoesNotContain(trainingAds, a => HasMartianForm(a.Text) || a.Text.Contains('\u20E3', StringComparison.Ordinal) || HasLetterSymbol(a.Text)
            || (a.Text.Contains(EvasionTables.VerticalPadding, StringComparison.Ordinal) && !spacedForms.Contains(a.Family)) || a.Text.Contains('\u202E', StringComparison.Ordinal)
            || HasZhuyin(a.Text) || (HasDigitLetters(a.Text) && !letterNumberedForms.Contains(a.Family)) || HasSpokenDigits(a.Text) || HasSplitNumber(a.Text) || HasContactPointer(a.Text) || HasEverydayChatter(a.Text)
            || HasNumberPuzzle(a.Text) || HasQuotedOffer(a.Text) || HasCommentThread(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.NumberPuzzles) && HasNumberPuzzle(a.Text));
        Assert.Contains(developmentAds, a => a.Evasions.Contains(Evasion.QuotedOffer) && HasQuotedOffer(a.Text));

        // Mostly, not only, new families: earlier families can still carry a held-out disguise (ADRs 307, 318, 341, 349, 366, 386, 389, 398, 406, 413, 422, 431, 440, 450, 460 and 472, Consequences).
        // An earlier family is drawn for 40 % of the ads and drawn again only when its held-out disguise found nothing to change; round 30's
        // mail source always changes a text and its pinyin annotation does where a Chinese key word stands, so the share sits near 40 % and
        // binomial noise (sd ≈ 0.011 over 2,000 ads) may lift it a little over.
        var earlierShare = ads.Count(a => reserves[a.Family] != JobAdSplit.HeldOut) / (double)ads.Count;
        Assert.InRange(earlierShare, 0.15, 0.44);
    }

    /// <summary>A rule of <see cref="EvasionTables.NumberPuzzleNotes"/> or <see cref="EvasionTables.EnglishNumberPuzzleNotes"/> right after a number or handle.</summary>
    private static bool HasNumberPuzzle(string text) =>
        EvasionTables.NumberPuzzleNotes.Concat(EvasionTables.EnglishNumberPuzzleNotes).SelectMany(n => n)
            .Any(n => System.Text.RegularExpressions.Regex.IsMatch(text, @"[0-9A-Za-z_]" + System.Text.RegularExpressions.Regex.Escape(n)));

    /// <summary>An opening line of <see cref="EvasionTables.QuotedOfferOpeners"/> or <see cref="EvasionTables.EnglishQuotedOfferOpeners"/>.</summary>
    private static bool HasQuotedOffer(string text) =>
        EvasionTables.QuotedOfferOpeners.Concat(EvasionTables.EnglishQuotedOfferOpeners).Any(o => text.Contains(o, StringComparison.Ordinal));

    /// <summary>
    /// A regional word of <see cref="RegionalWords.Words"/> (or its traditional form) that no template writes of its own: 户口 (户口本),
    /// 一次性密码, let, loan and wire stand in honest texts too, and are left out of the check.
    /// </summary>
    private static bool HasRegionalWord(string text) =>
        RegionalMarkers.Any(m => text.Contains(m, StringComparison.Ordinal) || text.Contains(WholeTextEvasions.Traditional(m), StringComparison.Ordinal));

    private static readonly string[] RegionalMarkers =
        ["提款卡", "金融卡", "扣账卡", "公司户口", "过数", "转数", "SIM咭", "门号", "认证码", "身分证", "兼差", "散工", "日领", "即日出粮", "回佣", "回赠", "回馈",
         "收簿子", "收户口", "网上理财", "保安编码器", "月结单", "联络", "hire out"];

    /// <summary>
    /// A word of <see cref="DialectWriting.Dialects"/> (or its traditional form) that no template writes of its own: 人工, 放工, 食, 讲,
    /// 同, 好, 啥, 咋, 立马, 整, 今日 and the like stand in standard texts too, and are left out of the check.
    /// </summary>
    private static bool HasDialectWord(string text) =>
        DialectMarkers.Any(m => text.Contains(m, StringComparison.Ordinal) || text.Contains(WholeTextEvasions.Traditional(m), StringComparison.Ordinal));

    private static readonly string[] DialectMarkers =
        ["嘅", "係", "畀", "睇", "佢", "哋", "喺", "嘢", "揾", "攞", "嗰", "瞓", "点解", "而家", "听日", "琴日", "返工", "钟意", "仲有", "仲要",
         "啥子", "咋个", "晓得", "娃儿", "摆龙门阵", "一哈", "巴适", "硬是", "耍", "干哈", "瞅", "唠嗑", "一块儿", "真滴", "嘎达", "贼", "大伙儿", "麻溜儿", "尿性"];

    [Fact]
    public void Markers_AreWordsTheNewDisguisesWrite()
    {
        // The checks above look for these words; each must be one the disguise writes (or part of one), or they test nothing.
        string[] regional = [.. RegionalWords.Words.Values.SelectMany(w => w)];
        string[] dialect = [.. DialectWriting.Dialects.SelectMany(d => d.Values)];
        Assert.All(RegionalMarkers, m => Assert.Contains(regional, w => w.Contains(m, StringComparison.Ordinal)));
        Assert.All(DialectMarkers, m => Assert.Contains(dialect, w => w.Contains(m, StringComparison.Ordinal)));
        string[] banknotes = [.. BanknoteSlang.HundredYuanNotes, .. BanknoteSlang.HundredDollarBills, "a Benjamin", "a C-note", "a hundo", "a monkey"];
        Assert.All(BanknoteMarkers, m => Assert.Contains(banknotes, w => w.Contains(m, StringComparison.Ordinal)));
        Assert.All(RoughMarkers, m => Assert.Contains(RoughAmounts.Words, w => w.Contains(m, StringComparison.Ordinal)));
        string[] slang = [.. InternetSlang.Words.Values, .. InternetSlang.EnglishWords.Values];
        Assert.All(SlangMarkers, m => Assert.Contains(slang, w => w.Contains(m, StringComparison.Ordinal)));
        // And no template writes a banknote nickname, a boilerplate line, a rough amount, a listing's closing rule, a topic tag, an online
        // spelling, an earnings line or a squared sign of its own, so finding one means the disguise put it there.
        Assert.All(AllFamilies().SelectMany(f => f.Templates), t =>
        {
            Assert.DoesNotContain(BanknoteMarkers, m => t.Contains(m, StringComparison.Ordinal));
            Assert.DoesNotContain(ComplianceBoilerplate.Lines.Concat(ComplianceBoilerplate.EnglishLines), l => t.Contains(l, StringComparison.Ordinal));
            Assert.DoesNotContain(RoughAmounts.Words, w => t.Contains(w, StringComparison.Ordinal));
            Assert.DoesNotContain(MarketplaceListing.Closers.Concat(MarketplaceListing.EnglishClosers), l => t.Contains(l, StringComparison.Ordinal));
            Assert.DoesNotContain(TopicTags.Tags.Concat(TopicTags.EnglishTags), g => t.Contains(g, StringComparison.Ordinal));
            Assert.False(HasSlang(t), t);
            Assert.False(HasEarningsLine(t), t);
            Assert.False(HasSquaredSign(t), t);
            Assert.False(HasReviewLine(t), t);
            Assert.False(HasSpokenFiller(t), t);
            Assert.False(HasRebus(t), t);
            Assert.False(HasScreenBar(t), t);
            Assert.False(HasCueTime(t), t);
            Assert.False(HasMarkup(t), t);
            Assert.False(HasEncodingNote(t), t);
            Assert.False(HasCalendarLine(t), t);
            Assert.DoesNotContain("base64", t, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("VCALENDAR", t, StringComparison.Ordinal);
            Assert.False(HasAnnotation(t), t);
            Assert.False(HasMailHeader(t), t);
            Assert.False(HasQuotedPrintableRun(t), t);
        });
    }

    /// <summary>An emoji of <see cref="EmojiRebus"/> (without its variation selector, which an emoji need not carry).</summary>
    private static bool HasRebus(string text) =>
        EmojiRebus.Characters.Values.Concat(EmojiRebus.Words.Values).Any(e => text.Contains(e.TrimEnd('\uFE0F'), StringComparison.Ordinal));

    /// <summary>A note of <see cref="EncodedClause"/> (or its full-width or traditional form: converters act on it after it is written).</summary>
    private static bool HasEncodingNote(string text) =>
        EncodedClause.Notes.Concat(EncodedClause.EnglishNotes).Any(n => text.Contains(n, StringComparison.Ordinal)
            || text.Contains(WholeTextEvasions.Traditional(n), StringComparison.Ordinal) || text.Contains(WholeTextEvasions.FullWidth(n), StringComparison.Ordinal));

    /// <summary>A syllable of <see cref="PinyinAnnotation"/> in either pair of its brackets (as typed; later converters may rewrite its letters).</summary>
    private static bool HasAnnotation(string text) =>
        PinyinAnnotation.Syllables.Values.Distinct().Any(y => PinyinAnnotation.Brackets.Any(b => text.Contains(b.Open + y + b.Close, StringComparison.Ordinal)));

    /// <summary>The transfer-encoding header of <see cref="MailSource"/> on a line of its own.</summary>
    private static bool HasMailHeader(string text) => text.Split('\n').Any(l => l == "Content-Transfer-Encoding: quoted-printable");

    /// <summary>Three UTF-8 bytes of one Chinese character in quoted-printable (=E9=93=B6).</summary>
    private static bool HasQuotedPrintableRun(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, "=E[0-9A-F]=[89AB][0-9A-F]=[89AB][0-9A-F]");

    /// <summary>The first or an event line of <see cref="CalendarInvite"/> on a line of its own.</summary>
    private static bool HasCalendarLine(string text) => text.Split('\n').Any(l => l is "BEGIN:VCALENDAR" or "BEGIN:VEVENT" or "END:VEVENT");

    /// <summary>A time line of <see cref="SubtitleCues"/> (its arrow escaped when markup came after it).</summary>
    private static bool HasCueTime(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"\d\d:\d\d:\d\d,\d{3} --(>|&gt;) \d\d:\d\d:\d\d,\d{3}");

    /// <summary>A paragraph of <see cref="MarkupTags"/>.</summary>
    private static bool HasMarkup(string text) => text.Contains("<p>", StringComparison.Ordinal) && text.Contains("</p>", StringComparison.Ordinal);

    /// <summary>A title bar of <see cref="ScreenshotText"/> on a line of its own.</summary>
    private static bool HasScreenBar(string text) =>
        text.Split('\n').Any(l => ScreenshotText.Titles.Contains(l) || ScreenshotText.EnglishTitles.Contains(l));

    /// <summary>A review line of <see cref="ProductReview"/> (or its traditional form): an opener or a verdict.</summary>
    private static bool HasReviewLine(string text) =>
        ProductReview.Openers.Concat(ProductReview.EnglishOpeners).Concat(ProductReview.Closers).Concat(ProductReview.EnglishClosers)
            .Any(m => text.Contains(m, StringComparison.Ordinal) || text.Contains(WholeTextEvasions.Traditional(m), StringComparison.Ordinal));

    /// <summary>
    /// A filler of <see cref="VoiceTranscript"/> (or its traditional form) standing alone between two spaces, as only a pause puts one; 嗯
    /// and 对吧 (which a separator might set so), and like, you know, so yeah and basically (which English templates write: "you know Lily
    /// personally") aside.
    /// </summary>
    private static bool HasSpokenFiller(string text) =>
        VoiceTranscript.Fillers.Concat(VoiceTranscript.EnglishFillers).Where(f => f is not "嗯" and not "对吧" and not "so yeah" and not "like" and not "you know" and not "basically")
            .Any(f => text.Contains(" " + f + " ", StringComparison.Ordinal) || text.Contains(" " + WholeTextEvasions.Traditional(f) + " ", StringComparison.Ordinal));

    /// <summary>
    /// The fixed text of an earnings line of <see cref="EarningsShare"/> (or its traditional form): an opener's words before its amount
    /// (the words after it, 元。 and the like, stand in honest texts too), or a closer.
    /// </summary>
    private static bool HasEarningsLine(string text) =>
        EarningsShare.Openers.Concat(EarningsShare.EnglishOpeners).Select(o => o.Before)
            .Concat(EarningsShare.Closers).Concat(EarningsShare.EnglishClosers)
            .Any(m => text.Contains(m, StringComparison.Ordinal) || text.Contains(WholeTextEvasions.Traditional(m), StringComparison.Ordinal));

    /// <summary>A sign of <see cref="SquaredSigns"/> (without its variation selector, which a sign need not carry).</summary>
    private static bool HasSquaredSign(string text) =>
        SquaredSigns.Characters.Values.Concat(SquaredSigns.Words.Values).Any(s => text.Contains(s.TrimEnd('\uFE0F'), StringComparison.Ordinal));

    /// <summary>A topic of <see cref="TopicTags.Tags"/> or <see cref="TopicTags.EnglishTags"/> (or its traditional form).</summary>
    private static bool HasTopicTag(string text) =>
        TopicTags.Tags.Concat(TopicTags.EnglishTags)
            .Any(g => text.Contains(g, StringComparison.Ordinal) || text.Contains(WholeTextEvasions.Traditional(g), StringComparison.Ordinal));

    /// <summary>
    /// An online spelling of <see cref="InternetSlang"/> (or its traditional form) that no template writes of its own: 稀饭, 东东 and the
    /// one-letter text-speak (u, r, w/, bc …) stand in honest texts or inside other words too, and are left out of the check; English
    /// markers count only as whole words, between characters that are not letters of any script (the "ppl" of "аpplе" with Cyrillic а,
    /// a look-alike code point's, is no marker: round 26's development texts met it, ADR 431).
    /// </summary>
    private static bool HasSlang(string text) =>
        SlangMarkers.Any(m => m.All(char.IsAscii)
            ? System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<!\p{L})" + System.Text.RegularExpressions.Regex.Escape(m) + @"(?!\p{L})")
            : text.Contains(m, StringComparison.Ordinal) || text.Contains(WholeTextEvasions.Traditional(m), StringComparison.Ordinal));

    private static readonly string[] SlangMarkers =
        ["酱紫", "木有", "神马", "童鞋", "盆友", "妹纸", "肿么", "介么", "灰常", "开森", "蟹蟹", "阔爱", "腻害", "不造", "jio得", "兄dei", "一丢丢",
         "pls", "thx", "msg", "ppl", "tonite", "tmrw", "wanna", "gonna", "gotta", "rly", "dunno"];

    /// <summary>
    /// A rough amount of <see cref="RoughAmounts"/> (or its traditional form): the digit counts and the Chinese rough words, and the
    /// English phrases no honest text writes of its own ("a few hundred" and the like stand in English texts too, and are left out).
    /// </summary>
    private static bool HasRoughAmount(string text) =>
        RoughMarkers.Any(m => text.Contains(m, StringComparison.Ordinal) || text.Contains(WholeTextEvasions.Traditional(m), StringComparison.Ordinal));

    private static readonly string[] RoughMarkers =
        ["三位数", "四位数", "五位数", "六位数", "小几百", "大几百", "小几千", "大几千", "小几万", "大几万", "three figures", "four figures", "five figures", "six figures"];

    /// <summary>A seller's closing rule of <see cref="MarketplaceListing.Closers"/> or <see cref="MarketplaceListing.EnglishClosers"/> (or its traditional form).</summary>
    private static bool HasListing(string text) =>
        MarketplaceListing.Closers.Concat(MarketplaceListing.EnglishClosers)
            .Any(l => text.Contains(l, StringComparison.Ordinal) || text.Contains(WholeTextEvasions.Traditional(l), StringComparison.Ordinal));

    /// <summary>A banknote nickname of <see cref="BanknoteSlang"/> (or its traditional form) after a count of notes ("grand" and "ton" are left out: English texts write them otherwise).</summary>
    private static bool HasBanknoteSlang(string text) =>
        BanknoteMarkers.Any(m => text.Contains(m, StringComparison.Ordinal) || text.Contains(WholeTextEvasions.Traditional(m), StringComparison.Ordinal));

    private static readonly string[] BanknoteMarkers = ["毛爷爷", "红票子", "大红票", "Benjamin", "C-note", "hundo", "monkey"];

    /// <summary>A whole line of <see cref="ComplianceBoilerplate.Lines"/> or <see cref="ComplianceBoilerplate.EnglishLines"/> (or its traditional form).</summary>
    private static bool HasBoilerplate(string text) =>
        ComplianceBoilerplate.Lines.Concat(ComplianceBoilerplate.EnglishLines)
            .Any(l => text.Contains(l, StringComparison.Ordinal) || text.Contains(WholeTextEvasions.Traditional(l), StringComparison.Ordinal));

    /// <summary>A description of <see cref="Periphrasis.Descriptions"/> standing in the text.</summary>
    private static bool HasDescription(string text) =>
        Periphrasis.Descriptions.Values.SelectMany(d => d).Any(d => text.Contains(d, StringComparison.Ordinal));

    /// <summary>A note of <see cref="ReversedClause.Notes"/> or <see cref="ReversedClause.EnglishNotes"/>.</summary>
    private static bool HasReversingNote(string text) =>
        ReversedClause.Notes.Concat(ReversedClause.EnglishNotes).Any(n => text.Contains(n, StringComparison.Ordinal));

    /// <summary>A wink of <see cref="KnowingOmission.Winks"/> or <see cref="KnowingOmission.EnglishWinks"/>.</summary>
    private static bool HasWink(string text) =>
        KnowingOmission.Winks.Concat(KnowingOmission.EnglishWinks).Any(w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>Two glosses of <see cref="SpelledCharacters.Glosses"/> (or the English ones) side by side with a join between them.</summary>
    private static bool HasSpelledCharacters(string text)
    {
        var glosses = SpelledCharacters.Glosses.Values.ToArray();
        var english = SpelledCharacters.EnglishGlosses.Values.ToArray();
        return glosses.Any(a => SpelledCharacters.Joins.Any(j => glosses.Any(b => text.Contains(a + j + b, StringComparison.Ordinal))))
            || english.Any(a => english.Any(b => text.Contains(a + ", " + b, StringComparison.Ordinal)));
    }

    /// <summary>A pointer of <see cref="AcrosticLines.Pointers"/> (or the English ones) and, after it, a line beginning with a hidden character.</summary>
    private static bool HasAcrostic(string text) =>
        AcrosticLines.Pointers.Concat(AcrosticLines.EnglishPointers).Any(p => text.Contains(p, StringComparison.Ordinal))
        && text.Split('\n').Any(l => AcrosticLines.Tails.Any(t => l.Length == t.Length + 1 && l.EndsWith(t, StringComparison.Ordinal)) || AcrosticLines.EnglishLines.ContainsValue(l));

    /// <summary>A title of <see cref="JobDigest.Headers"/> (or the English ones) on a line of its own, and an entry of the digest under it.</summary>
    private static bool HasJobDigest(string text) =>
        JobDigest.Headers.Concat(JobDigest.EnglishHeaders).Any(h => text.Split('\n').Contains(h))
        && JobDigest.Entries.Concat(JobDigest.EnglishEntries).Any(e => text.Contains(e, StringComparison.Ordinal));

    /// <summary>A line of <see cref="EvasionTables.CommentThreadHeaders"/> (or the English ones) and, after it, a reply of the poster's.</summary>
    private static bool HasCommentThread(string text) =>
        EvasionTables.CommentThreadHeaders.Concat(EvasionTables.EnglishCommentThreadHeaders)
            .Any(h => text.Split('\n').SkipWhile(l => l != h).Skip(1)
                .Any(l => EvasionTables.CommentThreadAuthors.Concat(EvasionTables.EnglishCommentThreadAuthors).Any(x => l.StartsWith(x, StringComparison.Ordinal))));

    /// <summary>A pointer of <see cref="EvasionTables.ContactPointers"/> or <see cref="EvasionTables.EnglishContactPointers"/> where a contact was.</summary>
    private static bool HasContactPointer(string text) =>
        EvasionTables.ContactPointers.Concat(EvasionTables.EnglishContactPointers).Any(p => text.Contains(p, StringComparison.Ordinal));

    /// <summary>A sentence of <see cref="EvasionTables.EverydayChatter"/> or <see cref="EvasionTables.EnglishEverydayChatter"/>.</summary>
    private static bool HasEverydayChatter(string text) =>
        EvasionTables.EverydayChatter.Concat(EvasionTables.EnglishEverydayChatter).Any(c => text.Contains(c, StringComparison.Ordinal));

    /// <summary>
    /// A number read aloud (<see cref="EvasionTables.SpokenDigitForms"/>): three or more of its characters in a row, at least one a
    /// reading that is not a numeral (幺, 两, 拐, 勾, 洞, or 两 in its traditional or Japanese form), and not only 两 among them.
    /// </summary>
    private static bool HasSpokenDigits(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, "(?=[幺两兩両洞拐勾三四五六八]*[幺洞拐勾])[幺两兩両洞拐勾三四五六八]{3,}");

    /// <summary>A number cut into parts by the words of <see cref="EvasionTables.ThreePartNumberWords"/>, <see cref="EvasionTables.TwoPartNumberWords"/> or the English ones.</summary>
    private static bool HasSplitNumber(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"\d{2,}(?:，中间|，中间是|，接着|（接）|，后面|，后几位|，后面接|，再打| then )\d{2,}");

    /// <summary>A zhuyin (bopomofo) symbol, U+3105–U+312F.</summary>
    private static bool HasZhuyin(string text) => text.Any(c => c is >= '\u3105' and <= '\u312F');

    /// <summary>
    /// A number of five or more characters (a phone, QQ or order number; not after a Latin, Greek or Cyrillic letter, as in a handle) with letters of <see cref="EvasionTables.DigitLetterForms"/>
    /// for some of its digits and at least two digits left (l3BOOOO4Z67), standing apart from any name, word or decimal.
    /// </summary>
    private static bool HasDigitLetters(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<![A-Za-z0-9@.\u0370-\u04FF])(?=[0-9OolIZSB]*[OolIZSB])(?=(?:[OolIZSB]*[0-9]){2})[0-9OolIZSB]{5,}(?![A-Za-z0-9@.])");

    /// <summary>A Martian-script form of <see cref="EvasionTables.MartianForms"/>.</summary>
    private static bool HasMartianForm(string text) => text.Any(c => EvasionTables.MartianForms.Values.Any(forms => forms.Contains(c)));

    /// <summary>A code point of the negative circled or negative squared capitals (U+1F150–U+1F169, U+1F170–U+1F189).</summary>
    private static bool HasLetterSymbol(string text)
    {
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (char.IsSurrogatePair(text[i], text[i + 1]) && char.ConvertToUtf32(text[i], text[i + 1]) is >= 0x1F150 and <= 0x1F189)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void Rounds_EachEarlierHeldOutSetMovedOneStep()
    {
        // Round 28's families train, round 29's are the development set, round 30's are held out (ADR 472).
        Assert.All(FifthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(SixthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(SeventhHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(EighthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(NinthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(TenthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(EleventhHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(TwelfthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(ThirteenthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(FourteenthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(FifteenthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(SixteenthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(SeventeenthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(EighteenthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(NineteenthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(TwentiethHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(TwentyFirstHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(TwentySecondHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(TwentyThirdHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(TwentyFourthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(TwentyFifthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(TwentySixthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(TwentySeventhHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(TwentyEighthHeldOutFamilies.All, f => Assert.Equal(JobAdSplit.Training, f.Reserve));
        Assert.All(DevelopmentFamilies.All, f => Assert.Equal(JobAdSplit.Development, f.Reserve));
        Assert.All(HeldOutFamilies.All, f => Assert.Equal(JobAdSplit.HeldOut, f.Reserve));
        Assert.Contains(SixthHeldOutFamilies.All, f => f.Id == "risky.account-nurture");
        Assert.Contains(SeventhHeldOutFamilies.All, f => f.Id == "risky.shop-code-boost");
        Assert.Contains(EighthHeldOutFamilies.All, f => f.Id == "risky.gold-runner");
        Assert.Contains(NinthHeldOutFamilies.All, f => f.Id == "risky.phone-rebind");
        Assert.Contains(TenthHeldOutFamilies.All, f => f.Id == "risky.base-station-driver");
        Assert.Contains(EleventhHeldOutFamilies.All, f => f.Id == "risky.proxy-node");
        Assert.Contains(TwelfthHeldOutFamilies.All, f => f.Id == "risky.telecom-line-agent");
        Assert.Contains(ThirteenthHeldOutFamilies.All, f => f.Id == "risky.imessage-blaster");
        Assert.Contains(FourteenthHeldOutFamilies.All, f => f.Id == "risky.call-forward-lend");
        Assert.Contains(FifteenthHeldOutFamilies.All, f => f.Id == "risky.elder-sim-proxy");
        Assert.Contains(SixteenthHeldOutFamilies.All, f => f.Id == "risky.cyber-id-lend");
        Assert.Contains(SeventeenthHeldOutFamilies.All, f => f.Id == "risky.imei-rewriter");
        Assert.Contains(EighteenthHeldOutFamilies.All, f => f.Id == "risky.voice-sample-seller");
        Assert.Contains(NineteenthHeldOutFamilies.All, f => f.Id == "risky.guardian-card-opener");
        Assert.Contains(TwentiethHeldOutFamilies.All, f => f.Id == "risky.deceased-account-seller");
        Assert.Contains(TwentyFirstHeldOutFamilies.All, f => f.Id == "risky.campus-net-account-seller");
        Assert.Contains(TwentySecondHeldOutFamilies.All, f => f.Id == "risky.border-link-installer");
        Assert.Contains(TwentyThirdHeldOutFamilies.All, f => f.Id == "risky.phishing-page-builder");
        Assert.Contains(TwentyFourthHeldOutFamilies.All, f => f.Id == "risky.tvbox-app-preloader");
        Assert.Contains(TwentyFifthHeldOutFamilies.All, f => f.Id == "risky.hk-sim-registrant");
        Assert.Contains(TwentySixthHeldOutFamilies.All, f => f.Id == "risky.sms-sniffer-walker");
        Assert.Contains(TwentySeventhHeldOutFamilies.All, f => f.Id == "risky.drone-card-flyer");
        Assert.Contains(TwentyEighthHeldOutFamilies.All, f => f.Id == "risky.car-purchase-launderer");
        Assert.Contains(DevelopmentFamilies.All, f => f.Id == "risky.compound-canteen-cook");
        Assert.Contains(HeldOutFamilies.All, f => f.Id == "risky.auction-deposit-cycler");
        Assert.Equal((15, 15, 15, 15, 15, 15, 15, 15, 15), (TwentyFirstHeldOutFamilies.All.Length, TwentySecondHeldOutFamilies.All.Length, TwentyThirdHeldOutFamilies.All.Length,
            TwentyFourthHeldOutFamilies.All.Length, TwentyFifthHeldOutFamilies.All.Length, TwentySixthHeldOutFamilies.All.Length, TwentySeventhHeldOutFamilies.All.Length,
            TwentyEighthHeldOutFamilies.All.Length, DevelopmentFamilies.All.Length));
        Assert.Equal((467, 15, 15), (JobAdGenerator.Families.Count(f => f.Reserve == JobAdSplit.Training),
            JobAdGenerator.Families.Count(f => f.Reserve == JobAdSplit.Development), JobAdGenerator.Families.Count(f => f.Reserve == JobAdSplit.HeldOut)));
        Assert.Equal((8, 4, 3), (HeldOutFamilies.All.Count(f => f.Kind == JobAdKind.Risky), HeldOutFamilies.All.Count(f => f.Kind == JobAdKind.HardNegative),
            HeldOutFamilies.All.Count(f => f.Kind == JobAdKind.Legitimate)));
        Assert.Equal(30, HeldOutFamilies.All.Sum(f => f.Templates.Length));
        Assert.Equal(30, DevelopmentFamilies.All.Sum(f => f.Templates.Length)); // round 29's set, moved whole
        Assert.Equal(30, TwentyEighthHeldOutFamilies.All.Sum(f => f.Templates.Length)); // round 28's set, moved whole
        Assert.Equal(3, HeldOutFamilies.All.Count(f => f.Language == "en"));
        var earlier = JobAdGenerator.Families.Where(f => f.Reserve != JobAdSplit.HeldOut).Select(f => f.Id).ToHashSet();
        Assert.DoesNotContain(HeldOutFamilies.All, f => earlier.Contains(f.Id));
    }

    [Fact]
    public void Families_EveryTemplateRendersWithKnownSlots()
    {
        var random = new Breakcard.Simulation.Randomness.SeededRandom(1);
        foreach (var family in AllFamilies())
        {
            foreach (var template in family.Templates)
            {
                TemplateRenderer.Validate(template);
                for (var i = 0; i < 20; i++)
                {
                    var text = TemplateRenderer.Render(template, family.OwnSlots, random);
                    Assert.False(string.IsNullOrWhiteSpace(text));
                    Assert.DoesNotContain('<', text);
                    Assert.DoesNotContain('{', text);
                }
            }
        }
    }

    [Fact]
    public void Families_CoverEveryKindSchemeAndSplit()
    {
        var families = JobAdGenerator.Families;
        foreach (var split in Enum.GetValues<JobAdSplit>())
        {
            Assert.Contains(families, f => f.Reserve == split && f.Kind == JobAdKind.Risky);
            Assert.Contains(families, f => f.Reserve == split && f.Kind != JobAdKind.Risky);
        }

        var schemes = AllFamilies().Where(f => f.Reserve == JobAdSplit.Training).Select(f => f.Scheme).ToHashSet();
        Assert.Equal(Enum.GetValues<JobAdScheme>().ToHashSet(), schemes);
        Assert.Contains(families, f => f.Language == "en" && f.Kind == JobAdKind.Risky);
        Assert.Contains(families, f => f.Language == "en" && f.Kind != JobAdKind.Risky);
        Assert.Equal(families.Count, families.Select(f => f.Id).Distinct().Count());
    }

    [Fact]
    public void Options_OutOfRange_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JobAdGenerator.Generate(1, new JobAdOptions(10, RiskyShare: 1.5)).ToList());
        Assert.Throws<ArgumentOutOfRangeException>(() => JobAdGenerator.Generate(1, new JobAdOptions(-1)).ToList());
    }

    private static IEnumerable<AdFamily> AllFamilies() =>
        [.. RiskyFamilies.All, .. MoreRiskyFamilies.All, .. LegitimateFamilies.All, .. ServiceJobFamilies.All, .. HardNegativeFamilies.All,
         .. FirstHeldOutFamilies.All, .. SecondHeldOutFamilies.All, .. ThirdHeldOutFamilies.All, .. FourthHeldOutFamilies.All, .. FifthHeldOutFamilies.All, .. SixthHeldOutFamilies.All, .. SeventhHeldOutFamilies.All, .. EighthHeldOutFamilies.All, .. NinthHeldOutFamilies.All, .. TenthHeldOutFamilies.All, .. EleventhHeldOutFamilies.All, .. TwelfthHeldOutFamilies.All, .. ThirteenthHeldOutFamilies.All, .. FourteenthHeldOutFamilies.All, .. FifteenthHeldOutFamilies.All, .. SixteenthHeldOutFamilies.All, .. SeventeenthHeldOutFamilies.All, .. EighteenthHeldOutFamilies.All, .. NineteenthHeldOutFamilies.All, .. TwentiethHeldOutFamilies.All, .. TwentyFirstHeldOutFamilies.All, .. TwentySecondHeldOutFamilies.All, .. TwentyThirdHeldOutFamilies.All, .. TwentyFourthHeldOutFamilies.All, .. TwentyFifthHeldOutFamilies.All, .. TwentySixthHeldOutFamilies.All, .. TwentySeventhHeldOutFamilies.All, .. TwentyEighthHeldOutFamilies.All, .. DevelopmentFamilies.All, .. HeldOutFamilies.All];
}
