namespace Breakcard.Simulation.JobAds;

/// <summary>
/// A family of ad templates written for one kind of ad. Whole families are reserved for
/// development or held-out evaluation (<see cref="Reserve"/>), so a model or a pattern tuned on the
/// others is tested on phrasing it never saw.
/// </summary>
/// <param name="Id">Stable id, for example <c>risky.card-rent</c>.</param>
/// <param name="Kind">Risky, legitimate or hard negative.</param>
/// <param name="Scheme">What a risky family recruits for.</param>
/// <param name="Audience">The group it addresses.</param>
/// <param name="Language">"zh" or "en".</param>
/// <param name="Reserve">The split the family belongs to: training, development or held out.</param>
/// <param name="Templates">The templates (see <see cref="TemplateRenderer"/> for the syntax).</param>
/// <param name="Slots">Slots only this family uses.</param>
internal sealed record AdFamily(
    string Id,
    JobAdKind Kind,
    JobAdScheme Scheme,
    JobAdAudience Audience,
    string Language,
    JobAdSplit Reserve,
    string[] Templates,
    IReadOnlyDictionary<string, string[]>? Slots = null)
{
    /// <summary>True for risky families.</summary>
    public bool IsRisky => Kind == JobAdKind.Risky;

    /// <summary>The family's own slots (possibly none).</summary>
    public IReadOnlyDictionary<string, string[]> OwnSlots => Slots ?? Empty;

    private static readonly Dictionary<string, string[]> Empty = [];

    /// <summary>A risky Chinese family.</summary>
    public static AdFamily Risky(string id, JobAdScheme scheme, JobAdAudience audience, string[] templates, JobAdSplit reserve = JobAdSplit.Training, string language = "zh") =>
        new("risky." + id, JobAdKind.Risky, scheme, audience, language, reserve, templates);

    /// <summary>A legitimate family.</summary>
    public static AdFamily Legitimate(string id, JobAdAudience audience, string[] templates, JobAdSplit reserve = JobAdSplit.Training, string language = "zh") =>
        new("legit." + id, JobAdKind.Legitimate, JobAdScheme.None, audience, language, reserve, templates);

    /// <summary>A hard-negative family.</summary>
    public static AdFamily HardNegative(string id, string[] templates, JobAdSplit reserve = JobAdSplit.Training, string language = "zh") =>
        new("hard." + id, JobAdKind.HardNegative, JobAdScheme.None, JobAdAudience.General, language, reserve, templates);
}
