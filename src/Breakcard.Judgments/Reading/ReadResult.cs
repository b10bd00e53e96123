using Breakcard.Core.Errors;

namespace Breakcard.Judgments.Reading;

/// <summary>A judgment read from a source, or the problem that kept a part of the source from being read.</summary>
public readonly record struct ReadResult
{
    private ReadResult(JudgmentDocument? document, InputError? problem)
    {
        Document = document;
        Problem = problem;
    }

    /// <summary>The judgment, when reading succeeded.</summary>
    public JudgmentDocument? Document { get; }

    /// <summary>What went wrong and where, when it did not.</summary>
    public InputError? Problem { get; }

    /// <summary>A successfully read judgment.</summary>
    public static ReadResult Of(JudgmentDocument document) => new(document ?? throw new ArgumentNullException(nameof(document)), null);

    /// <summary>A part of the input that is not a readable judgment.</summary>
    public static ReadResult Failed(InputError problem) => new(null, problem ?? throw new ArgumentNullException(nameof(problem)));
}
