using System.Text;

namespace Breakcard.Simulation.Judgments;

/// <summary>Fills {Placeholders} in phrasebook templates.</summary>
internal static class Templates
{
    public static string Fill(string template, params (string Key, string Value)[] values)
    {
        var sb = new StringBuilder(template);
        foreach (var (key, value) in values)
        {
            sb.Replace("{" + key + "}", value);
        }

        var text = sb.ToString();
        var open = text.IndexOf('{', StringComparison.Ordinal);
        if (open >= 0)
        {
            var close = text.IndexOf('}', open);
            throw new InvalidOperationException($"Template placeholder {text[open..(close + 1)]} was not filled in: {template}");
        }

        return text;
    }
}
