using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Evaluation;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Internal;
using Breakcard.Cases.Storage;
using Breakcard.Cases.Views;
using Breakcard.Core.Errors;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Serialization;

namespace Breakcard.Cases.Services;

public sealed partial class CaseService
{
    /// <summary>
    /// Evaluates a case under the legal rules in force on its conduct date and stores the result
    /// with the facts, the rules' version and the day: from <paramref name="facts"/> when given
    /// (a facts file the user completed), otherwise from the case's evidence
    /// (<see cref="CaseFactsBuilder"/>).
    /// </summary>
    /// <param name="caller">Who asks.</param>
    /// <param name="caseId">The case.</param>
    /// <param name="facts">Facts to evaluate, or null to derive them.</param>
    /// <param name="factsSource">Where <paramref name="facts"/> came from (a file name), for the record.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public Task<(CaseItem Item, LegalEvaluation Evaluation)> EvaluateAsync(Caller caller, string caseId, ConductFacts? facts, string? factsSource, CancellationToken cancellationToken) =>
        _context.Store.WriteAsync(async s =>
        {
            var (header, shares, relation) = await LoadAsync(s, caller, caseId).ConfigureAwait(false);
            Guard.Require(caller, Operation.EvaluateCase, relation);
            CheckOpen(header, null);
            var used = facts ?? await DeriveAsync(s, caller, caseId, shares).ConfigureAwait(false);
            var today = _context.Today;
            if (used.Validate(today) is [var first, ..])
            {
                throw new InvalidInputException(new InputError(factsSource ?? $"facts derived from case {caseId}", null, first.Path, first.Reason));
            }

            var evaluation = LegalEvaluator.Evaluate(used);
            var c = evaluation.Conclusion;
            var content = new EvaluationContent(LegalRulesVersion.Current, today, used.ConductDate, FactsNames.Of(c.Outcome), FactsNames.Of(c.Serious),
                c.Basis, c.BasisOnlySecondaryOrProvisional, facts is null ? "derived from case evidence" : factsSource ?? "supplied facts",
                FactsJsonWriter.ToJson(used, facts is null ? CaseFactsBuilder.DerivedNote : null), EvaluationJsonWriter.ToJson(evaluation));
            var item = await InsertItemAsync(s, caller, caseId, content).ConfigureAwait(false);
            await UpdateHeaderAsync(s, header, null, h => h).ConfigureAwait(false);
            await TimelineAsync(s, caller, caseId, "evaluation", $"legal evaluation {item.Id}: {Names.Of(c.Outcome)}", isPublic: false).ConfigureAwait(false);
            return (item, evaluation);
        }, cancellationToken);

    /// <summary>The facts the case's evidence supports, for a user to complete (see <see cref="CaseFactsBuilder"/>).</summary>
    public Task<ConductFacts> DeriveFactsAsync(Caller caller, string caseId, CancellationToken cancellationToken) =>
        _context.Store.ReadAsync(async s =>
        {
            var (_, shares, relation) = await LoadAsync(s, caller, caseId).ConfigureAwait(false);
            Guard.Require(caller, Operation.EvaluateCase, relation);
            return await DeriveAsync(s, caller, caseId, shares).ConfigureAwait(false);
        }, cancellationToken);

    private static async Task<ConductFacts> DeriveAsync(IStoreSession s, Caller caller, string caseId, IReadOnlyList<Sharing.Share> shares)
    {
        var items = await s.Cases.ItemsAsync(caseId).ConfigureAwait(false);
        return CaseFactsBuilder.Build(caseId, CaseAccess.VisibleItems(caller.InstitutionId, items, shares).Select(v => v.Item));
    }
}
