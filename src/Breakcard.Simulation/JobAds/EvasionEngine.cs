using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>Applies evasion transformations to a rendered ad and reports which ones changed it.</summary>
internal static class EvasionEngine
{
    /// <summary>
    /// Applies <paramref name="wanted"/> to <paramref name="text"/>. Word-level evasions disguise one
    /// to three occurrences of <paramref name="words"/>; the others apply to the whole text.
    /// </summary>
    public static (string Text, EvasionSet Applied) Apply(string text, EvasionSet wanted, string[] words, SeededRandom random)
    {
        var applied = EvasionSet.Empty;
        // First: a post that keeps its contact off the text never held it, so no later disguise rewrites it.
        Step(Evasion.ContactPointers, t => ContactPointers.Apply(t, random));

        // Next, while the contact numbers are still plain digits: the puzzle is worked on the number itself, before any other number disguise.
        Step(Evasion.NumberPuzzles, t => NumberPuzzles.Apply(t, random));

        // The poster gives the pay only by its size while the amounts are still plain digits, before any other money or number disguise.
        Step(Evasion.RoughAmounts, t => RoughAmounts.Apply(t, random));

        // The poster counts the pay in banknotes while the amounts are still plain digits, before any other money or number disguise.
        Step(Evasion.BanknoteSlang, t => BanknoteSlang.Apply(t, random));

        // The ad as its poster writes it, in a dialect, before anyone pastes it into a digest, a thread, a quote or chatter (which keep
        // their own words) and before acrostic lines, winks and converters act on it. Key words stay whole for the disguises after it.
        Step(Evasion.DialectWriting, t => DialectWriting.Apply(t, words, random));

        // Likewise the poster's own online spelling of everyday words, before boilerplate and every wrapper (which keep their own words);
        // after a dialect, which then keeps the words it wrote. Key words stay whole for the disguises after it.
        Step(Evasion.InternetSlang, t => InternetSlang.Apply(t, words, random));

        // The poster reads the ad, as written so far, into a video or a voice note; the platform sees the recogniser's text. After the ad's own
        // words (dialect, online spelling), before every added line and wrapper, which are written, not spoken, and keep their marks.
        Step(Evasion.VoiceTranscript, t => VoiceTranscript.Apply(t, random));

        // The poster's own boilerplate, pasted in standard words after the ad is written (a dialect does not rewrite it), before anyone
        // pastes the post into a digest, a thread, a quote or chatter, and before the converters, which then act on it as on the ad.
        Step(Evasion.ComplianceBoilerplate, t => ComplianceBoilerplate.Apply(t, random));

        // The poster's own success story around the post, boilerplate and all, in standard words (no dialect or online spelling rewrites it),
        // before anyone makes it a listing or pastes it into a digest, a thread, a quote or chatter, and before the converters, which then act on it.
        Step(Evasion.EarningsShare, t => EarningsShare.Apply(t, random));

        // The poster's post, boilerplate and all, made the description of a listing before anyone pastes it into a digest, a thread, a quote
        // or chatter, and before the converters, which then act on the listing's fields as on the ad.
        Step(Evasion.MarketplaceListing, t => MarketplaceListing.Apply(t, random));

        // The ad made one entry of a job round-up first, as an admin pastes the post it was given; a thread, a quote or chatter then carries the list.
        Step(Evasion.JobDigest, t => JobDigest.Apply(t, random));

        // The ad itself cut into a post and its replies, before a quoting line or chatter wraps the whole thread.
        Step(Evasion.CommentThread, t => CommentThread.Apply(t, random));

        // The offer quoted under a warning or a question, before the chatter, which then wraps the whole post.
        Step(Evasion.QuotedOffer, t => QuotedOffer.Apply(t, random));

        // Before every disguise across the text (traditional script, Martian script, zhuyin …), which then act on the chatter too, as on a post written so.
        Step(Evasion.EverydayChatter, t => EverydayChatter.Apply(t, random));

        // The whole post, whatever wraps it, pasted into a shopping review as its body: the review is what is posted. Before the disguises
        // across the text, which then act on the review's lines as on the ad.
        Step(Evasion.ProductReview, t => ProductReview.Apply(t, random));

        // While the key words still stand whole, before 乱序 and every disguise that changes them: the hidden word is taken out whole.
        Step(Evasion.AcrosticLines, t => AcrosticLines.Apply(t, words, random));

        // While the key words still stand whole, before 乱序 and every disguise that changes them: the word left out is left out whole.
        Step(Evasion.KnowingOmission, t => KnowingOmission.Apply(t, words, random));

        // Likewise: a word is spelled out from its whole characters, before a converter scrambles or rewrites them.
        Step(Evasion.SpelledCharacters, t => SpelledCharacters.Apply(t, words, random));

        // Likewise, while the key words stand whole: a word is described instead of named.
        Step(Evasion.Periphrasis, t => Periphrasis.Apply(t, words, random));

        // Likewise, while the key words stand whole: a word is written in another region's word, before a converter reverses or scrambles it.
        Step(Evasion.RegionalWords, t => RegionalWords.Apply(t, words, random));

        // Then a 倒序 converter is given the post, its key words whole, before 乱序 and every disguise that changes them.
        Step(Evasion.ReversedClause, t => ReversedClause.Apply(t, words, random));

        // Likewise a poster Base64-encodes a clause while its key word stands whole; the converters after it then act on its letters as on any Latin text.
        Step(Evasion.EncodedClause, t => EncodedClause.Apply(t, words, random));

        // Likewise a 注音 converter annotates key words while they stand whole, before 乱序 and every disguise that changes their characters.
        Step(Evasion.PinyinAnnotation, t => PinyinAnnotation.Apply(t, words, random));

        // While the key words still stand whole, before every disguise that changes them: a 乱序 converter is given the plain post.
        Step(Evasion.ScrambledOrder, t => ScrambledOrder.Apply(t, words, random));

        // Then, while the key words still stand whole: a converter lays out the text as posted.
        Step(Evasion.VerticalText, t => VerticalLayout.Apply(t, words, random));

        // Last of what the poster adds, after every wrapper and added line: the topic tags close (or, on Weibo, open) the post as posted.
        // They hold no key word, so the word-level disguises leave them; converters across the text then act on them as on the post.
        Step(Evasion.TopicTags, t => TopicTags.Apply(t, random));

        foreach (var evasion in WordLevel)
        {
            if (wanted.Contains(evasion))
            {
                var changed = DisguiseWords(text, words, evasion, random);
                if (changed != text)
                {
                    applied |= evasion;
                    text = changed;
                }
            }
        }

        // Before the number disguises, which would write the digits of an amount in other forms first.
        Step(Evasion.MoneySlang, t => MoneySlang.Apply(t, random));

        // After the word-level disguises (an English word or WeChat may only now stand in the text), before full width.
        Step(Evasion.LetterSymbols, t => LetterSymbols.Apply(t, words, random));

        // After the word-level disguises, which look for key words whole; before Martian script and the other character swaps across the text,
        // which would swap 有 and 可 for rarer characters first (the signs then stand as the poster typed them).
        Step(Evasion.SquaredSigns, t => SquaredSigns.Apply(t, random));

        // Likewise after the word-level disguises and before Martian script and the other character swaps: the poster types the emoji whose
        // name sounds like a character (验证🐴), key words included, and a converter then leaves the emoji as they are.
        Step(Evasion.EmojiRebus, t => EmojiRebus.Apply(t, random));

        // After the word-level disguises, which look for key words whole; before the other character swaps across the text.
        Step(Evasion.MartianScript, t => MartianScript.Apply(t, random));

        // After the word-level disguises and Martian script, which look for characters whole.
        Step(Evasion.ZhuyinSymbols, t => ZhuyinSymbols.Apply(t, random));

        // Posts reverse contact numbers the same way, past a platform's number filter: one long
        // number (a phone or QQ number) too, always when no key word was reversed.
        Step(Evasion.BidiReversal, t => WholeTextEvasions.ReverseOneNumber(t, !applied.Contains(Evasion.BidiReversal) || random.Chance(0.5), random));

        // Before the number forms, full width and the other digit disguises, which then act on the parts or on the numbers left.
        Step(Evasion.SplitNumbers, t => SplitNumbers.Apply(t, random));

        // Before the number forms, full width, digit letters and keycaps: a number read aloud is not also written in other digits.
        Step(Evasion.SpokenDigits, t => SpokenDigits.Apply(t, random));

        // Before full width, which would turn the digits into other code points first.
        Step(Evasion.NumberForms, t => WholeTextEvasions.NumberForms(t, random));

        Step(Evasion.FullWidth, t => WholeTextEvasions.FullWidth(t));

        // After the number forms and full width (digits still ASCII), before keycaps, which then leave a number with letters in it alone.
        Step(Evasion.DigitLetters, t => DigitLetters.Apply(t, random));

        // After the number forms and full width, so a keycap is only ever put on a digit still ASCII.
        Step(Evasion.KeycapDigits, t => KeycapDigits.Apply(t, random));

        Step(Evasion.Traditional, t => WholeTextEvasions.Traditional(t));

        Step(Evasion.JapaneseForms, t => WholeTextEvasions.JapaneseForms(t, random));

        Step(Evasion.LookalikeCodePoints, t => WholeTextEvasions.LookalikeCodePoints(t, random));

        if (wanted.Contains(Evasion.EmojiDecoration))
        {
            text = WholeTextEvasions.Decorate(text, random);
            applied |= Evasion.EmojiDecoration;
        }

        // After every converter and the decoration: the post as typed is cut into a video's caption cues, which is what the platform extracts.
        Step(Evasion.SubtitleCues, t => SubtitleCues.Apply(t, random));

        // Then the post, cues and all, as a rich-text editor stores it: the text is escaped and paragraphed, and markup breaks key words that
        // still stand whole after every converter. Before the screenshot, whose phone shows the page rendered (its bars hold no markup).
        Step(Evasion.MarkupTags, t => MarkupTags.Apply(t, words, random));

        // Then the post, as typed and stored, sent as a calendar invitation: its source (an escaped value, folded by octets) is what a gateway reads.
        // Before the screenshot, whose phone shows the invitation's text, not its source, behind its own bars.
        Step(Evasion.CalendarInvite, t => CalendarInvite.Apply(t, random));

        // Then the post (an invitation's source too, as an invitation travels by mail) sent as an e-mail: its raw source, the body quoted-printable, is what
        // a mail gateway reads. Before the screenshot, whose phone shows the mail rendered, not its source, behind its own bars.
        Step(Evasion.MailSource, t => MailSource.Apply(t, random));

        // Last: the post, as it shows on the poster's phone with every disguise, is screenshotted and read back by the platform's OCR with
        // the phone's own interface around it, which no converter of the poster's touches.
        Step(Evasion.ScreenshotText, t => ScreenshotText.Apply(t, random));

        return (text, applied);

        // One whole-text disguise: applied only when wanted, and reported only when it changed the text.
        void Step(Evasion evasion, Func<string, string> disguise)
        {
            if (wanted.Contains(evasion))
            {
                var changed = disguise(text);
                applied = changed != text ? applied | evasion : applied;
                text = changed;
            }
        }
    }

    private static readonly Evasion[] WordLevel =
        [Evasion.Pinyin, Evasion.InitialMix, Evasion.Abbreviations, Evasion.EnglishWords, Evasion.Nicknames, Evasion.EmojiWords, Evasion.SplitCharacters, Evasion.Homophones, Evasion.NovelHomophones, Evasion.Lookalikes,
         Evasion.Placeholders, Evasion.Separators, Evasion.SymbolSeparators, Evasion.EmojiInterleave, Evasion.Leetspeak, Evasion.FillerLetters, Evasion.LineBreaks,
         Evasion.BidiReversal,
         // Last, so the marks go on whatever the earlier evasions left of a key word.
         Evasion.CombiningMarks];

    private static string DisguiseWords(string text, string[] words, Evasion evasion, SeededRandom random)
    {
        var sites = new List<(int Start, string Word)>();
        var taken = new bool[text.Length];
        foreach (var w in words.OrderByDescending(w => w.Length))
        {
            for (var i = text.IndexOf(w, StringComparison.Ordinal); i >= 0; i = text.IndexOf(w, i + 1, StringComparison.Ordinal))
            {
                if (!taken.AsSpan(i, w.Length).Contains(true) && CanDisguise(w, evasion))
                {
                    taken.AsSpan(i, w.Length).Fill(true);
                    sites.Add((i, w));
                }
            }
        }

        if (sites.Count == 0)
        {
            return text;
        }

        var picks = sites.ToArray();
        random.Shuffle(picks.AsSpan());
        var chosen = picks.Take(random.NextInt(1, Math.Min(3, picks.Length) + 1)).OrderByDescending(s => s.Start);
        var sb = new StringBuilder(text);
        foreach (var (start, word) in chosen)
        {
            var disguised = Transform(word, evasion, random);
            if (disguised is not null)
            {
                sb.Remove(start, word.Length).Insert(start, disguised);
            }
        }

        return sb.ToString();
    }

    private static bool CanDisguise(string word, Evasion evasion) => evasion switch
    {
        Evasion.Separators or Evasion.SymbolSeparators or Evasion.EmojiInterleave => word.Length >= 2 && !word.Contains(' ', StringComparison.Ordinal),
        Evasion.Homophones => word.Any(EvasionTables.Homophones.ContainsKey),
        Evasion.NovelHomophones => word.Any(EvasionTables.NovelHomophones.ContainsKey),
        Evasion.Lookalikes => word.Any(EvasionTables.Lookalikes.ContainsKey),
        Evasion.Pinyin or Evasion.InitialMix => EvasionTables.Pinyin.ContainsKey(word),
        Evasion.Abbreviations => EvasionTables.Abbreviations.ContainsKey(word),
        Evasion.SplitCharacters => word.Any(EvasionTables.SplitCharacters.ContainsKey),
        Evasion.EmojiWords => EvasionTables.EmojiWords.Any(e => word.Contains(e.Text, StringComparison.Ordinal)),
        Evasion.Leetspeak => word.Count(char.IsAsciiLetter) >= 4,
        Evasion.LineBreaks => word.Length >= 2 && !word.Contains(' ', StringComparison.Ordinal),
        Evasion.FillerLetters => word.Length >= 2 && !word.Any(char.IsAscii),
        Evasion.CombiningMarks => word.Length >= 2,
        Evasion.Placeholders => word.Length >= 2 && (!word.Any(char.IsAscii) || InnerLetters(word).Length > 0),
        Evasion.EnglishWords => EvasionTables.EnglishWords.ContainsKey(word),
        Evasion.Nicknames => EvasionTables.Nicknames.ContainsKey(word),
        Evasion.BidiReversal => word.Length >= 2,
        _ => false,
    };

    /// <summary>The disguised form of <paramref name="word"/>, or null when this evasion cannot disguise it.</summary>
    private static string? Transform(string word, Evasion evasion, SeededRandom random) => evasion switch
    {
        Evasion.Separators => Interleave(word, random.Pick(EvasionTables.Separators)),
        Evasion.SymbolSeparators => Interleave(word, random.Pick(EvasionTables.SymbolSeparators)),
        Evasion.EmojiInterleave => Interleave(word, random.Pick(EvasionTables.InterleaveEmoji)),
        Evasion.Homophones => ReplaceChars(word, EvasionTables.Homophones, random),
        Evasion.NovelHomophones => ReplaceChars(word, EvasionTables.NovelHomophones, random),
        Evasion.Lookalikes => ReplaceChars(word, EvasionTables.Lookalikes, random),
        Evasion.Pinyin => ToPinyin(word, random),
        Evasion.InitialMix => InitialMix(word, random),
        Evasion.Abbreviations => EvasionTables.Abbreviations.TryGetValue(word, out var abbreviations) ? random.Pick(abbreviations) : null,
        Evasion.SplitCharacters => ReplaceChars(word, EvasionTables.SplitCharacters, random),
        Evasion.EmojiWords => EmojiWord(word),
        Evasion.Leetspeak => Leet(word),
        Evasion.LineBreaks => Insert(word, random.Pick(EvasionTables.LineBreaks), random),
        Evasion.FillerLetters => Insert(word, random.Pick(EvasionTables.Fillers), random),
        Evasion.CombiningMarks => Mark(word, random.Pick(EvasionTables.CombiningMarks)),
        Evasion.Placeholders => Placeholder(word, random),
        Evasion.EnglishWords => EvasionTables.EnglishWords.TryGetValue(word, out var english) ? random.Pick(english) : null,
        Evasion.Nicknames => EvasionTables.Nicknames.TryGetValue(word, out var nicknames) ? random.Pick(nicknames) : null,
        Evasion.BidiReversal => WholeTextEvasions.Reversed(word),
        _ => null,
    };

    /// <summary>
    /// One character of a Chinese word replaced by a placeholder (支某宝, 银○卡); in an English word
    /// one letter that is neither first nor last in its word replaced by an asterisk (b*nk card).
    /// </summary>
    private static string? Placeholder(string word, SeededRandom random)
    {
        var chars = word.ToCharArray();
        if (!word.Any(char.IsAscii))
        {
            var at = random.NextInt(word.Length);
            return string.Concat(word.AsSpan(0, at), random.Pick(EvasionTables.Placeholders), word.AsSpan(at + 1));
        }

        var inner = InnerLetters(word);
        if (inner.Length == 0)
        {
            return null;
        }

        chars[random.Pick(inner)] = EvasionTables.LetterPlaceholder;
        return new string(chars);
    }

    /// <summary>Positions of letters with a letter on both sides (the a of bank, not its b or k).</summary>
    private static int[] InnerLetters(string word) =>
        [.. Enumerable.Range(1, Math.Max(0, word.Length - 2)).Where(i => char.IsAsciiLetter(word[i]) && char.IsAsciiLetter(word[i - 1]) && char.IsAsciiLetter(word[i + 1]))];

    /// <summary><paramref name="word"/> with <paramref name="filler"/> inserted at one inner position.</summary>
    private static string Insert(string word, string filler, SeededRandom random)
    {
        var at = random.NextInt(1, word.Length);
        return string.Concat(word.AsSpan(0, at), filler, word.AsSpan(at));
    }

    /// <summary><paramref name="word"/> with <paramref name="mark"/> after every character but spaces, as effect converters write it.</summary>
    private static string Mark(string word, string mark)
    {
        var sb = new StringBuilder(word.Length * (1 + mark.Length));
        foreach (var c in word)
        {
            sb.Append(c);
            if (c != ' ')
            {
                sb.Append(mark);
            }
        }

        return sb.ToString();
    }

    private static string? EmojiWord(string word)
    {
        foreach (var (text, emoji) in EvasionTables.EmojiWords)
        {
            if (word.Contains(text, StringComparison.Ordinal))
            {
                return word.Replace(text, emoji, StringComparison.Ordinal);
            }
        }

        return null;
    }

    private static string Leet(string word) =>
        string.Concat(word.Select(c => char.ToLowerInvariant(c) switch { 'a' => '4', 'e' => '3', 'i' => '1', 'o' => '0', 's' => '5', 't' => '7', _ => c }));

    private static string? Interleave(string word, string separator) =>
        word.Length < 2 || word.Contains(' ', StringComparison.Ordinal) ? null : string.Join(separator, word.ToCharArray());

    private static string? ReplaceChars(string word, Dictionary<char, string[]> table, SeededRandom random)
    {
        var positions = Enumerable.Range(0, word.Length).Where(i => table.ContainsKey(word[i])).ToArray();
        if (positions.Length == 0)
        {
            return null;
        }

        random.Shuffle(positions.AsSpan());
        var chars = word.Select(c => c.ToString()).ToArray();
        foreach (var p in positions.Take(random.NextInt(1, Math.Min(2, positions.Length) + 1)))
        {
            chars[p] = random.Pick(table[word[p]]);
        }

        return string.Concat(chars);
    }

    private static string? ToPinyin(string word, SeededRandom random)
    {
        if (!EvasionTables.Pinyin.TryGetValue(word, out var syllables))
        {
            return null;
        }

        return random.NextInt(3) switch
        {
            0 => string.Concat(syllables),
            1 => string.Join(' ', syllables),
            _ => Mixed(word, syllables, random),
        };
    }

    /// <summary>
    /// One character of a two-character word, or one or two of a longer one, written as the
    /// initial of its syllable — never all of them, which would be an abbreviation.
    /// </summary>
    private static string? InitialMix(string word, SeededRandom random)
    {
        if (!EvasionTables.Pinyin.TryGetValue(word, out var syllables) || syllables.Length != word.Length || word.Length < 2)
        {
            return null;
        }

        var positions = Enumerable.Range(0, word.Length).ToArray();
        random.Shuffle(positions.AsSpan());
        var chars = word.Select(c => c.ToString()).ToArray();
        foreach (var p in positions.Take(word.Length == 2 ? 1 : random.NextInt(1, 3)))
        {
            chars[p] = EvasionTables.InitialAlternatives.TryGetValue(syllables[p], out var letters) ? random.Pick(letters)
                : random.Chance(0.5) ? syllables[p][..1].ToUpperInvariant() : syllables[p][..1];
        }

        return string.Concat(chars);
    }

    private static string Mixed(string word, string[] syllables, SeededRandom random)
    {
        var keep = random.NextInt(word.Length);
        return string.Concat(Enumerable.Range(0, word.Length).Select(i => i == keep ? word[i].ToString() : syllables[i]));
    }
}
