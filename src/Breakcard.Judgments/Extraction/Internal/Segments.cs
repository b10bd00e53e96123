namespace Breakcard.Judgments.Extraction.Internal;

/// <summary>A half-open range of characters in the normalised text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public static readonly TextRange Empty = new(0, 0);

    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
}

/// <summary>The parts of one judgment the extractor reads, located in its normalised text.</summary>
internal sealed class Segments
{
    public required string Text { get; init; }

    public string? Court { get; set; }

    public string? CaseNumberText { get; set; }

    public List<TextRange> DefendantParagraphs { get; } = [];

    public TextRange Facts { get; set; }

    public TextRange Reasoning { get; set; }

    public TextRange Result { get; set; }

    public TextRange Tail { get; set; }

    public bool HasReasoning => !Reasoning.IsEmpty;

    public List<string> Warnings { get; } = [];
}
