using Breakcard.Core.Events;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Tests.Engine;

/// <summary>
/// Why two alerts of one call never tie in the sharded merge's own stage (ADR 0338): the call's own
/// application re-scores its caller only. The callee's state is touched (its day, its incoming
/// calls) but it is re-scored at its own next event, or by linked risk of its own holder, never in
/// the call's own application — so the callee's shard raises nothing there, and the sharded mode
/// needs no order inside the own stage. Pinned here with a callee whose score is dirty when the
/// call arrives (a new day decays the strengths of yesterday's code flood): a re-scoring of it in
/// the call would be seen.
/// </summary>
public sealed class CallOwnStageTests
{
    private const string Caller = "13900000001";
    private const string Callee = "13900000002";

    [Fact]
    public void Call_OwnApplication_ScoresTheCallerOnly_NotADirtyCallee()
    {
        var h = new Harness(world: w =>
        {
            w.Person("P1");
            w.Phone(Caller, "P1", activated: DateOnly.FromDateTime(Harness.Start.Date).AddDays(-5));
            w.Person("P2");
            w.Phone(Callee, "P2", activated: DateOnly.FromDateTime(Harness.Start.Date).AddDays(-400));
        });
        var senders = h.DistinctPhones("1069000", 12);
        for (var i = 0; i < 30; i++)
        {
            h.Sms(Harness.At(9 + (i * 0.01)), senders[i % 12], Callee, SmsKind.VerificationCode);
        }

        h.Flush();
        // The callee has strengths to decay tomorrow, so the call's new day leaves its score dirty.
        Assert.True(h.PhoneStrength(Callee, IndicatorId.VerificationSmsFlood) > 0);
        var scored = new Recorder(h.Engine);
        h.Engine.Observer = scored;

        h.Call(Harness.At(24 + 10), Caller, Callee, 5);
        h.Flush();

        var callee = h.Reference.InternPhone(Callee);
        var caller = h.Reference.InternPhone(Caller);
        Assert.DoesNotContain(scored.Seen, s => s.Kind == ScoredKind.Phone && s.Entity == callee);
        Assert.All(scored.Seen, s => Assert.Equal((ScoredKind.Phone, caller, FollowUpStage.Own), s));
    }

    private sealed class Recorder(MonitoringEngine engine) : IScoreObserver
    {
        public List<(ScoredKind Kind, int Entity, FollowUpStage Stage)> Seen { get; } = [];

        public void OnScored(ScoredKind kind, int entity, in Strengths strengths, int risk) => Seen.Add((kind, entity, engine.FollowUp.Stage));
    }
}
