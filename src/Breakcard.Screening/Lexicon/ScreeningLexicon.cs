using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Breakcard.Screening.Internal;

namespace Breakcard.Screening.Lexicon;

/// <summary>
/// The screening vocabulary and its disguises, loaded from the tables shipped in the assembly
/// (<c>Normalisation/Data/*.tsv</c>): canonical terms with their concepts, disguised variants
/// (homophones, look-alikes, split characters, abbreviations), pinyin of the key words, and the
/// traditional → simplified character table. Immutable and thread safe.
/// </summary>
public sealed class ScreeningLexicon
{
    private static readonly Lazy<ScreeningLexicon> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // Concepts whose terms get disguised variants generated: the vocabulary an ad would hide. Equipment and promotion
    // words are ordinary words that are evidence only in a structure (ADR 260): their homophones would be noise.
    private const Concept Hidden = ~(Concept.WarningCue | Concept.WarningVerdict | Concept.WarningTopic | Concept.Decoy | Concept.Payroll
        | Concept.Possessive | Concept.OnBehalf | Concept.TradeUnit | Concept.Institution | Concept.OwnPay
        | Concept.ContractParty | Concept.ServedPerson | Concept.Conversion | Concept.Equipment | Concept.Promotion);

    private readonly Dictionary<string, LexiconTerm> _byText;
    private readonly HashSet<int> _keyBigrams;

    private ScreeningLexicon(CharFolder chars, List<LexiconTerm> terms, List<FoldEntry> folds, int traditionalCount, int variantRows, string fingerprint)
    {
        Fingerprint = fingerprint;
        Chars = chars;
        TermEntries = [.. terms];
        FoldEntries = [.. folds];
        _byText = terms.ToDictionary(t => t.Text, StringComparer.Ordinal);
        TermTrie = CharTrie.Build(terms.Select((t, i) => KeyValuePair.Create(t.Text, i)));
        FoldTrie = CharTrie.Build(folds.Select((f, i) => KeyValuePair.Create(f.Surface, i)));
        TermFlags = [.. TermEntries.Select(t => MatchFlags(t.Text, t.Concepts))];
        FoldFlags = [.. FoldEntries.Select(f => MatchFlags(f.Surface, f.Identity ? ConceptsOf(f.Canonical) : Concept.None))];
        _keyBigrams = KeyBigrams(terms);
        TraditionalMappings = traditionalCount;
        VariantRows = variantRows;
    }

    /// <summary>The lexicon shipped with Breakcard (loaded once, on first use).</summary>
    public static ScreeningLexicon Default => LazyDefault.Value;

    /// <summary>Canonical terms, in file order.</summary>
    public IReadOnlyList<LexiconTerm> Terms => TermEntries;

    /// <summary>Number of surface forms the lexical fold knows (identities, listed variants, generated variants, pinyin).</summary>
    public int FoldFormCount => FoldEntries.Length;

    /// <summary>
    /// SHA-256 (hex) of the four tables. A model is trained on text normalised by one lexicon and
    /// must be used with the same one; model files record it.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>Number of rows in the variants table.</summary>
    public int VariantRows { get; }

    /// <summary>Number of rows in the regional and dialect table (<c>regional.tsv</c>, ADR 402).</summary>
    public int RegionalRows { get; private init; }

    /// <summary>Number of traditional → simplified character mappings.</summary>
    public int TraditionalMappings { get; }

    internal CharFolder Chars { get; }

    internal LexiconTerm[] TermEntries { get; }

    internal FoldEntry[] FoldEntries { get; }

    internal CharTrie TermTrie { get; }

    internal CharTrie FoldTrie { get; }

    /// <summary>Per term: <see cref="LatinStartFlag"/>, <see cref="LatinEndFlag"/>, <see cref="DecoyFlag"/>.</summary>
    internal byte[] TermFlags { get; }

    /// <summary>Per fold entry: <see cref="LatinStartFlag"/>, <see cref="LatinEndFlag"/>, <see cref="DecoyFlag"/>.</summary>
    internal byte[] FoldFlags { get; }

    /// <summary>The form starts with an ASCII letter, so it must start a Latin word ("wx" is not in "new xbox").</summary>
    internal const byte LatinStartFlag = 1;

    /// <summary>The form ends with an ASCII letter, so it must end a Latin word.</summary>
    internal const byte LatinEndFlag = 2;

    /// <summary>The form is a decoy (an ordinary word): it must be written without separators inside.</summary>
    internal const byte DecoyFlag = 4;

    private static byte MatchFlags(string form, Concept concepts) =>
        (byte)((char.IsAsciiLetter(form[0]) ? LatinStartFlag : 0) | (char.IsAsciiLetter(form[^1]) ? LatinEndFlag : 0)
            | ((concepts & Concept.Decoy) != 0 ? DecoyFlag : 0));

    /// <summary>
    /// True when <paramref name="first"/> directly followed by <paramref name="second"/> occurs inside a
    /// risk term (公户, 验证码, 兼职): the two halves of a key word someone may have split with a stray letter.
    /// </summary>
    internal bool IsKeyBigram(char first, char second) =>
        first >= '\u3400' && second >= '\u3400' && _keyBigrams.Contains((first << 16) | second);

    private static HashSet<int> KeyBigrams(List<LexiconTerm> terms)
    {
        var set = new HashSet<int>();
        foreach (var t in terms.Where(t => (t.Concepts & Hidden) != 0))
        {
            for (var k = 0; k + 1 < t.Text.Length; k++)
            {
                if (t.Text[k] >= '\u3400' && t.Text[k + 1] >= '\u3400')
                {
                    set.Add((t.Text[k] << 16) | t.Text[k + 1]);
                }
            }
        }

        return set;
    }

    /// <summary>The concepts of a canonical term, or <see cref="Concept.None"/> when it is not a term.</summary>
    public Concept ConceptsOf(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        return _byText.TryGetValue(canonical, out var term) ? term.Concepts : Concept.None;
    }

    /// <summary>Builds a lexicon from table texts in the formats of the shipped files.</summary>
    internal static ScreeningLexicon Parse(string termsTsv, string variantsTsv, string pinyinTsv, string t2sTsv, string japaneseTsv = "", string regionalTsv = "")
    {
        var t2s = new Dictionary<char, char>();
        // Japanese kanji forms fold like traditional ones (収 → 收); the ICU table wins where both name a character.
        foreach (var (file, text) in new[] { ("japanese.tsv", japaneseTsv), ("t2s.tsv", t2sTsv) })
        {
            foreach (var (line, cols) in Rows(text, file, 2))
            {
                if (cols[0].Length != 1 || cols[1].Length != 1)
                {
                    throw Bad(file, line, "each side must be one UTF-16 character");
                }

                t2s[cols[0][0]] = cols[1][0];
            }
        }

        var traditionalCount = t2s.Count;
        var regional = RegionalWriting.Parse(regionalTsv, t2s);
        var chars = new CharFolder(t2s);
        var terms = new List<LexiconTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cols) in Rows(termsTsv, "terms.tsv", 2))
        {
            var text = chars.FoldPlain(cols[0]);
            var concepts = Concept.None;
            foreach (var name in cols[1].Split(','))
            {
                concepts |= Enum.TryParse<Concept>(name.Trim(), out var c) ? c : throw Bad("terms.tsv", line, $"unknown concept '{name}'");
            }

            if (text.Length == 0 || !seen.Add(text))
            {
                throw Bad("terms.tsv", line, $"term '{cols[0]}' is empty or repeated after folding");
            }

            terms.Add(new LexiconTerm(text, concepts));
        }

        var variants = new List<(string Variant, string Canonical, FoldKind Kind)>();
        foreach (var (line, cols) in Rows(variantsTsv, "variants.tsv", 3))
        {
            FoldKind kind;
            try
            {
                kind = FoldKinds.Parse(cols[2]);
            }
            catch (FormatException e)
            {
                throw Bad("variants.tsv", line, e.Message);
            }

            var variant = chars.FoldPlain(cols[0]);
            var canonical = chars.FoldPlain(cols[1]);
            if (variant.Length > 0 && variant != canonical)
            {
                variants.Add((variant, canonical, kind));
            }
        }

        var variantRows = variants.Count;

        // Regional and dialect words fold like ordinary spellings: read as the standard word, never counted as disguised (ADR 402).
        foreach (var (surface, standard) in regional.Words)
        {
            var variant = chars.FoldPlain(surface);
            var canonical = chars.FoldPlain(standard);
            if (variant.Length > 0 && variant != canonical)
            {
                variants.Add((variant, canonical, FoldKind.Spelling));
            }
        }

        var pinyin = new List<(string Canonical, string[] Syllables, string? Abbreviation)>();
        foreach (var (line, cols) in Rows(pinyinTsv, "pinyin.tsv", 3))
        {
            var canonical = chars.FoldPlain(cols[0]);
            var syllables = cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (syllables.Length != canonical.Length)
            {
                throw Bad("pinyin.tsv", line, $"'{cols[0]}' has {canonical.Length} characters but {syllables.Length} syllables");
            }

            pinyin.Add((canonical, syllables, cols[2] == "-" ? null : cols[2]));
        }

        var folds = VariantGenerator.Generate(terms, variants, pinyin, Hidden, regional.Kept.Select(chars.FoldPlain));
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u0001', termsTsv, variantsTsv, pinyinTsv, t2sTsv, japaneseTsv, regionalTsv))));
        return new ScreeningLexicon(chars, terms, folds, traditionalCount, variantRows, fingerprint) { RegionalRows = regional.Rows };
    }

    private static ScreeningLexicon LoadEmbedded() => Parse(Resource("terms.tsv"), Resource("variants.tsv"), Resource("pinyin.tsv"), Resource("t2s.tsv"), Resource("japanese.tsv"), Resource("regional.tsv"));

    private static string Resource(string name)
    {
        var assembly = typeof(ScreeningLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream("Breakcard.Screening.Data." + name)
            ?? throw new InvalidOperationException($"embedded table '{name}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static IEnumerable<(int Line, string[] Columns)> Rows(string text, string file, int columns)
    {
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length != columns)
            {
                throw Bad(file, number, string.Create(CultureInfo.InvariantCulture, $"expected {columns} tab-separated columns, found {cols.Length}"));
            }

            yield return (number, cols);
        }
    }

    internal static InvalidDataException Bad(string file, int line, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{file}:{line}: {reason}"));
}
