using Breakcard.Core.Errors;
using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Web.Hosting;

/// <summary>
/// The <c>screeningModel</c> setting: the model file the job-ad screener leads with. Loaded once at start, so a
/// missing or foreign file stops the host with the setting and the file named, not the first screening request.
/// </summary>
internal static class ScreeningModelSetting
{
    public const string Name = "screeningModel";

    /// <summary>The model at <paramref name="path"/>, or null when the setting is unset (the patterns alone).</summary>
    public static AdModel? Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new InvalidInputException(new InputError(full, null, Name, "no such model file; make one with `breakcard screen train --out FILE`"));
        }

        try
        {
            return AdModel.Load(full, TextNormaliser.Default);
        }
        catch (InvalidInputException e)
        {
            // The model's own reason (format, lexicon, not a model), with the setting that named the file.
            throw new InvalidInputException(e.Error with { Field = Name }, e);
        }
    }
}
