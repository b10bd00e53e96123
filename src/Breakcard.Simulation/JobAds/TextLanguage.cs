namespace Breakcard.Simulation.JobAds;

/// <summary>Which table a disguise writes from: Chinese words for a text with any Chinese in it, English ones otherwise.</summary>
internal static class TextLanguage
{
    /// <summary>True when <paramref name="text"/> holds a CJK unified ideograph (U+4E00–U+9FFF): a bilingual ad counts as Chinese.</summary>
    public static bool IsChinese(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');
}
