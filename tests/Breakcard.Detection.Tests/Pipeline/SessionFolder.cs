using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Tests.Pipeline;

/// <summary>
/// A throwaway folder for <see cref="MonitorSession"/> runs that compare outputs byte for byte
/// (crash-and-resume, resolved keys): the same session settings and the same three output files,
/// so every such test compares like with like.
/// </summary>
public sealed class SessionFolder : IDisposable
{
    /// <summary>Event ids a test session keeps for de-duplication.</summary>
    public const int RetainedEventIds = 4096;

    /// <summary>Creates a folder name under the system's temporary folder (made when a session writes).</summary>
    /// <param name="prefix">Names the test in the folder name, for whoever finds it left over.</param>
    public SessionFolder(string prefix) =>
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));

    /// <summary>The folder; sessions write into subfolders of it.</summary>
    public string Root { get; }

    /// <summary>A subfolder path for one run.</summary>
    /// <param name="name">The run's name.</param>
    public string Path(string name) => System.IO.Path.Combine(Root, name);

    /// <summary>A session on empty reference data with the default options and points model.</summary>
    /// <param name="output">The folder the session writes to.</param>
    public static MonitorSession NewSession(string output) =>
        new(ReferenceData.Empty(), DetectionOptions.Default, new PointsModel(DetectionOptions.Default), output, retainedEventIds: RetainedEventIds);

    /// <summary>The alerts, scores and summary a finished session wrote.</summary>
    /// <param name="dir">The session's output folder.</param>
    public static (byte[] Alerts, byte[] Scores, byte[] Summary) Outputs(string dir) => (
        File.ReadAllBytes(System.IO.Path.Combine(dir, MonitorSession.AlertsFile)),
        File.ReadAllBytes(System.IO.Path.Combine(dir, MonitorSession.ScoresFile)),
        File.ReadAllBytes(System.IO.Path.Combine(dir, MonitorSession.SummaryFile)));

    /// <inheritdoc />
    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
