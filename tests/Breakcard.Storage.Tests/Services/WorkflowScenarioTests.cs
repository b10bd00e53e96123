using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Services;
using Breakcard.Cases.Workflow;
using Breakcard.Core;
using Breakcard.Legal.Facts;
using Breakcard.Storage.Tests.Infrastructure;

namespace Breakcard.Storage.Tests.Services;

/// <summary>A case from a bank's alert to a judgment, through every institution, with what each side sees.</summary>
public abstract class WorkflowScenarioTests(IStoreFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Case_FromAlertToJudgment_EachInstitutionSeesOnlyItsShare()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        var sys = store.System;
        var analyst = world["analyst@bank-a"];
        var supervisor = world["supervisor@bank-a"];
        var police = world["investigator@police-a"];

        var clue = await sys.Clues.CreateAsync(analyst, ClueDraft.FromAlert("A17", Samples.Card(1), "P0000042", 87,
            [new ClueReason("PASS_THROUGH", "in and out within 20 minutes")], ["T1", "T2"], "pass-through on a student's card"), Ct);
        var record = await sys.Cases.OpenFromClueAsync(analyst, clue.Id, null, Ct);
        Assert.Equal(CaseState.New, record.State);
        var note = await sys.Cases.AddItemAsync(analyst, record.Id, new NoteContent("customer says a classmate asked to borrow the card"), null, Ct);
        await sys.Cases.AddItemAsync(analyst, record.Id, new SuspectContent(Samples.Identity(1), Samples.Name(), "P0000042", "card holder"), null, Ct);
        await sys.Cases.AddItemAsync(analyst, record.Id, new TransactionContent("T1", TestStore.Start.AddDays(-3),
            Party(Samples.Card(9)), Party(Samples.Card(1)), Money.FromYuan(48_000), "transfer"), null, Ct);

        await sys.Cases.TransitionAsync(analyst, record.Id, CaseAction.StartVerification, new(), null, Ct);
        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => sys.Cases.TransitionAsync(analyst, record.Id, CaseAction.Confirm, new(), null, Ct));
        Assert.Contains("confirm case", denied.Message, StringComparison.Ordinal);
        Assert.Contains("analyst", denied.Message, StringComparison.Ordinal);
        await sys.Cases.TransitionAsync(supervisor, record.Id, CaseAction.Confirm, new(), null, Ct);
        var transferred = await sys.Cases.TransitionAsync(supervisor, record.Id, CaseAction.TransferToPolice, new(Reason: "Anti-Fraud Law Art. 18 report", ToInstitutionId: "police-a"), null, Ct);
        Assert.Equal(CaseState.TransferredToPolice, transferred.State);
        Assert.Equal("police-a", transferred.CustodianInstitutionId);

        // Police see the case in their custody, with the evidence kinds only: not the bank's note.
        var policeView = await sys.Cases.GetAsync(police, record.Id, reveal: true, Ct);
        Assert.Equal(Relation.Own, policeView.Relation);
        Assert.DoesNotContain(policeView.Items, i => i.Id == note.Id);
        Assert.Equal([CaseItemKind.Suspect, CaseItemKind.Suspect, CaseItemKind.Card, CaseItemKind.Transaction],
            policeView.Items.Select(i => i.Kind).Order().ToArray());
        Assert.All(policeView.Items, i => Assert.Equal(Relation.Shared, i.Provenance));
        Assert.Contains(policeView.Items.SelectMany(i => i.Fields), f => f.Value == Samples.Card(1).Reveal());
        Assert.NotEmpty(policeView.Revealed);

        // The bank can still see its own items and the public timeline, but no longer acts.
        var bankView = await sys.Cases.GetAsync(supervisor, record.Id, reveal: false, Ct);
        Assert.Equal(Relation.Shared, bankView.Relation);
        Assert.Contains(bankView.Items, i => i.Id == note.Id);
        await Assert.ThrowsAsync<AccessDeniedException>(() => sys.Cases.AddItemAsync(supervisor, record.Id, new NoteContent("late note"), null, Ct));

        var policeNote = await sys.Cases.AddItemAsync(police, record.Id, new NoteContent("holder interviewed"), null, Ct);
        await sys.Cases.TransitionAsync(police, record.Id, CaseAction.ReferForProsecution, new(ToInstitutionId: "proc-a"), null, Ct);
        var prosecutor = world["prosecutor@proc-a"];
        var procView = await sys.Cases.GetAsync(prosecutor, record.Id, reveal: false, Ct);
        Assert.Contains(procView.Items, i => i.Id == policeNote.Id);
        Assert.DoesNotContain(procView.Items, i => i.Id == note.Id);
        await sys.Cases.TransitionAsync(prosecutor, record.Id, CaseAction.Prosecute, new(ToInstitutionId: "court-a"), null, Ct);
        var judge = world["judge@court-a"];
        var judged = await sys.Cases.TransitionAsync(judge, record.Id, CaseAction.Judge,
            new(Judgment: new JudgmentContent(new DateOnly(2026, 11, 20), JudgmentVerdict.Convicted, "帮助信息网络犯罪活动罪", "8 months", Money.FromYuan(7_000), "(2026)川0106刑初1号")), null, Ct);
        Assert.Equal(CaseState.Judged, judged.State);

        var bankTimeline = (await sys.Cases.GetAsync(supervisor, record.Id, false, Ct)).Timeline;
        Assert.Contains(bankTimeline, t => t.Text.StartsWith("judged by court-a", StringComparison.Ordinal));
        Assert.DoesNotContain(bankTimeline, t => t.Text.Contains("holder interviewed", StringComparison.Ordinal));
        var closed = await Assert.ThrowsAsync<StateConflictException>(() => sys.Cases.AddItemAsync(judge, record.Id, new NoteContent("after"), null, Ct));
        Assert.Contains("judged", closed.Message, StringComparison.Ordinal);

        var verification = await sys.Audit.VerifyAsync(world["auditor@bank-a"], null, Ct);
        Assert.True(verification.Valid, verification.First?.Message);
    }

    [Fact]
    public async Task Evaluate_DerivedFromEvidence_StoresEvaluationWithRulesVersion()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        var sys = store.System;
        var police = world["investigator@police-a"];
        var record = await sys.Cases.OpenAsync(police, "card seller", Ct);
        await sys.Cases.AddItemAsync(police, record.Id, new SuspectContent(Samples.Identity(2), null, null, "seller"), null, Ct);
        await sys.Cases.AddItemAsync(police, record.Id, new CardContent(Samples.Card(1), CardKind.BankCard, CardHolder.Own, Dealing.Sold, "ICBC", null), null, Ct);
        await sys.Cases.AddItemAsync(police, record.Id, new TransactionContent("T1", new DateTimeOffset(2025, 3, 1, 23, 30, 0, TimeSpan.FromHours(8)),
            Party(Samples.Card(9)), Party(Samples.Card(1)), Money.FromYuan(150_000), "transfer"), null, Ct);
        await sys.Cases.AddItemAsync(police, record.Id, new TransactionContent("T2", new DateTimeOffset(2025, 3, 2, 1, 0, 0, TimeSpan.FromHours(8)),
            Party(Samples.Card(8)), Party(Samples.Card(1)), Money.FromYuan(60_000), "transfer"), null, Ct);

        var (item, evaluation) = await sys.Cases.EvaluateAsync(police, record.Id, null, null, Ct);
        // ¥150,000 + ¥60,000 = ¥210,000 into the sold card: at or over the ¥200,000 of Art. 12 para. 1 item 2.
        Assert.Equal(new DateOnly(2025, 3, 2), evaluation.Facts.ConductDate);
        Assert.Equal(Money.FromYuan(210_000), evaluation.Facts.Act.Settlement);
        var content = Assert.IsType<EvaluationContent>(item.Content);
        Assert.Equal(Cases.Evaluation.LegalRulesVersion.Current, content.RulesVersion);
        Assert.Equal(new DateOnly(2026, 11, 22), content.EvaluatedOn);
        var stored = (await sys.Cases.GetAsync(police, record.Id, false, Ct)).Items.Single(i => i.Kind == CaseItemKind.Evaluation);
        Assert.Contains(stored.Fields, f => f.Name == "rules_version" && f.Value == content.RulesVersion);
    }

    private static Party Party(Breakcard.Cases.Identifiers.Identifier account) => new(account, null);
}

public sealed class SqliteWorkflowScenarioTests(SqliteFixture fixture) : WorkflowScenarioTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresWorkflowScenarioTests(PostgresFixture fixture) : WorkflowScenarioTests(fixture), IClassFixture<PostgresFixture>;
