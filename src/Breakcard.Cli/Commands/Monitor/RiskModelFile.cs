using Breakcard.Core.Errors;
using Breakcard.Detection;
using Breakcard.Detection.Learning;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cli.Commands.Monitor;

/// <summary>
/// The risk model of a <c>--model</c> option: the learned model of a file written by
/// <c>breakcard train</c>, or the points model without one. <c>breakcard monitor</c> and the
/// cluster commands load it here, so they take the same files and refuse a bad one alike: an error
/// naming the option and the file (ADR 0327).
/// </summary>
internal sealed class RiskModelFile
{
    /// <summary>The option every command names the file with.</summary>
    public const string Option = "--model";

    private readonly LearnedRiskModel? _learned;

    private RiskModelFile(LearnedRiskModel? learned) => _learned = learned;

    /// <summary>The points model (no <c>--model</c>).</summary>
    public static RiskModelFile Points { get; } = new(null);

    /// <summary>
    /// What engines made by <see cref="Create"/> run (<see cref="IRiskModel.Identity"/>): "points",
    /// or the algorithm and a fingerprint of the file's content.
    /// </summary>
    public string Identity => _learned?.Identity ?? ((IRiskModel)new PointsModel(DetectionOptions.Default)).Identity;

    /// <summary>The model of <paramref name="path"/> (null: the points model); a missing or foreign file is an input error naming <c>--model</c> and the file.</summary>
    public static RiskModelFile Load(string? path)
    {
        if (path is null)
        {
            return Points;
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new InvalidInputException(new InputError(full, null, Option, "the model file does not exist; train one with 'breakcard train'"));
        }

        try
        {
            return new RiskModelFile(LearnedRiskModel.Load(full));
        }
        catch (InvalidInputException ex)
        {
            // The loader names the file (and the entry at fault, if one is); the user also needs the option.
            var reason = ex.Error.Field is { } entry ? entry + ": " + ex.Error.Reason : ex.Error.Reason;
            throw new InvalidInputException(ex.Error with { Field = Option, Reason = reason }, ex);
        }
    }

    /// <summary>A model for one engine under <paramref name="options"/> (a learned model's instances are not thread safe: one each).</summary>
    public IRiskModel Create(DetectionOptions options) => _learned is null ? new PointsModel(options) : _learned.Copy();
}
