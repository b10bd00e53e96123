using Breakcard.Core.Errors;
using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Extraction;

/// <summary>The facts extracted from one document, or why the document could not be read as a judgment.</summary>
public readonly record struct ExtractionResult
{
    private ExtractionResult(JudgmentRecord? record, InputError? problem)
    {
        Record = record;
        Problem = problem;
    }

    /// <summary>The extracted judgment, on success.</summary>
    public JudgmentRecord? Record { get; }

    /// <summary>What kept the document from being read, and where.</summary>
    public InputError? Problem { get; }

    /// <summary>A successful extraction.</summary>
    public static ExtractionResult Of(JudgmentRecord record) => new(record ?? throw new ArgumentNullException(nameof(record)), null);

    /// <summary>A document that is not a readable judgment.</summary>
    public static ExtractionResult Failed(InputError problem) => new(null, problem ?? throw new ArgumentNullException(nameof(problem)));
}
