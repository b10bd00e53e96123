using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Tests.Pipeline;

/// <summary>
/// Crash and resume: a run killed at random input positions and resumed from its last checkpoint
/// writes byte-for-byte the alerts and scores of an uninterrupted run.
/// </summary>
public sealed class CheckpointResumeTests : IDisposable
{
    private readonly SessionFolder _folder = new("breakcard-ckpt-");

    public void Dispose() => _folder.Dispose();

    private static void Feed(MonitorSession session, CoreScenario.Item item)
    {
        if (item.Tx is { } tx)
        {
            session.Process(in tx);
        }
        else if (item.Call is { } call)
        {
            session.Process(in call);
        }
        else if (item.Sms is { } sms)
        {
            session.Process(in sms);
        }
        else if (item.Login is { } login)
        {
            session.Process(in login);
        }
    }

    private (byte[] Alerts, byte[] Scores, byte[] Summary) Uninterrupted(List<CoreScenario.Item> items)
    {
        var dir = _folder.Path("whole");
        using (var session = SessionFolder.NewSession(dir))
        {
            foreach (var item in items)
            {
                Feed(session, item);
            }

            session.Finish();
        }

        return SessionFolder.Outputs(dir);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void KilledAtRandomPoints_ResumedFromCheckpoints_SameOutputsAsUninterrupted(int seed)
    {
        var items = CoreScenario.Build(seed);
        var expected = Uninterrupted(items);
        Assert.True(expected.Alerts.Length > 0);

        var random = new Random(seed * 7919);
        var crashes = Enumerable.Range(0, 4).Select(_ => random.Next(1, items.Count)).Order().ToList();
        var dir = _folder.Path("crashy-" + seed);
        var checkpoints = Path.Combine(dir, "checkpoint");
        const int every = 250;
        foreach (var crashAt in crashes.Append(int.MaxValue))
        {
            var session = MonitorSession.HasCheckpoint(checkpoints)
                ? MonitorSession.Resume(checkpoints, ReferenceData.Empty(), DetectionOptions.Default, new PointsModel(DetectionOptions.Default), dir, retainedEventIds: SessionFolder.RetainedEventIds)
                : SessionFolder.NewSession(dir);
            var position = (int)session.InputPosition;
            var finished = false;
            for (var i = position; i < items.Count; i++)
            {
                if (i == crashAt)
                {
                    break; // killed: no flush, no finish — the process just stops here
                }

                Feed(session, items[i]);
                if (session.InputPosition % every == 0)
                {
                    session.Checkpoint(checkpoints);
                }

                finished = i == items.Count - 1;
            }

            if (finished)
            {
                session.Finish();
            }

            // A kill leaves buffered output unflushed and possibly a partial line on disk.
            if (finished)
            {
                session.Dispose();
            }
            else
            {
                session.Abandon();
            }
        }

        var actual = SessionFolder.Outputs(dir);
        Assert.Equal(expected.Alerts, actual.Alerts);
        Assert.Equal(expected.Scores, actual.Scores);
        Assert.Equal(expected.Summary, actual.Summary);
    }

    [Fact]
    public void Resume_WithOtherOptions_RefusedWithReason()
    {
        var items = CoreScenario.Build(5, days: 1);
        var dir = _folder.Path("other");
        var checkpoints = Path.Combine(dir, "checkpoint");
        using (var session = SessionFolder.NewSession(dir))
        {
            foreach (var item in items.Take(300))
            {
                Feed(session, item);
            }

            session.Checkpoint(checkpoints);
        }

        var other = DetectionOptions.Default with { Scoring = DetectionOptions.Default.Scoring with { AlertThreshold = 40 } };
        var ex = Assert.Throws<InvalidDataException>(() =>
            MonitorSession.Resume(checkpoints, ReferenceData.Empty(), other, new PointsModel(other), dir, retainedEventIds: SessionFolder.RetainedEventIds).Dispose());
        Assert.Contains("other detection options", ex.Message, StringComparison.Ordinal);
    }
}
