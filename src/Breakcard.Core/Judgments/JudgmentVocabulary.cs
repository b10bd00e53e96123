using System.Collections.Frozen;
using Breakcard.Core.Events;
using Breakcard.Core.People;

namespace Breakcard.Core.Judgments;

/// <summary>
/// Text forms of the enumerations in judgment records (the snake_case of the enum name, as in
/// the rest of Breakcard's file schema): "female", "junior_high", "own_cards", "fixed_term".
/// </summary>
public static class JudgmentVocabulary
{
    private static readonly FrozenDictionary<string, Gender> Genders = Table<Gender>();
    private static readonly FrozenDictionary<string, Education> Educations = Table<Education>();
    private static readonly FrozenDictionary<string, Occupation> Occupations = Table<Occupation>();
    private static readonly FrozenDictionary<string, SentenceKind> Sentences = Table<SentenceKind>();
    private static readonly FrozenDictionary<string, ConductKinds> Conducts = Table<ConductKinds>();

    /// <summary>Every single conduct kind, in declaration order (without <see cref="ConductKinds.None"/>).</summary>
    public static IReadOnlyList<ConductKinds> AllConductKinds { get; } =
        [.. Enum.GetValues<ConductKinds>().Where(static k => k != ConductKinds.None)];

    /// <summary>Text form of an enum value.</summary>
    public static string ToText<T>(T value) where T : struct, Enum => SnakeCase.Of(value.ToString());

    /// <summary>Text forms of the single kinds set in <paramref name="conduct"/>, in declaration order.</summary>
    public static IEnumerable<string> ToTexts(ConductKinds conduct) =>
        AllConductKinds.Where(k => (conduct & k) != 0).Select(ToText);

    /// <summary>Parses a gender's text form.</summary>
    public static bool TryParse(string text, out Gender value) => Genders.TryGetValue(text, out value);

    /// <summary>Parses an education's text form.</summary>
    public static bool TryParse(string text, out Education value) => Educations.TryGetValue(text, out value);

    /// <summary>Parses an occupation's text form.</summary>
    public static bool TryParse(string text, out Occupation value) => Occupations.TryGetValue(text, out value);

    /// <summary>Parses a sentence kind's text form.</summary>
    public static bool TryParse(string text, out SentenceKind value) => Sentences.TryGetValue(text, out value);

    /// <summary>Parses one conduct kind's text form.</summary>
    public static bool TryParse(string text, out ConductKinds value) => Conducts.TryGetValue(text, out value);

    private static FrozenDictionary<string, T> Table<T>() where T : struct, Enum =>
        Enum.GetValues<T>().Where(static v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0)
            .ToFrozenDictionary(static v => SnakeCase.Of(v.ToString()), StringComparer.Ordinal);
}
