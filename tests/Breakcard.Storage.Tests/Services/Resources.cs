using System.Security.Cryptography;
using System.Text;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Discipline;
using Breakcard.Cases.Measures;
using Breakcard.Cases.Storage;
using Breakcard.Cases.Workflow;
using Breakcard.Legal.Control;
using Breakcard.Legal.Discipline;
using Breakcard.Storage.Tests.Infrastructure;

namespace Breakcard.Storage.Tests.Services;

/// <summary>
/// A fresh set of records owned by one institution — a clue, a case in its custody with a card,
/// a phone and a file it supplied, a measure and a listing it decided — written straight into the
/// store, so the permission matrix can call every operation on "own" data without earlier calls
/// having moved it on.
/// </summary>
public sealed record Resources(string Institution, string ClueId, string CaseId, string CardItemId, string PhoneItemId, string FileItemId, string MeasureId, string ListingId)
{
    private static readonly byte[] File = Encoding.UTF8.GetBytes("statement of the account holder");

    public static Task<Resources> CreateAsync(TestStore store, string institution) =>
        store.Store.WriteAsync(async s =>
        {
            var now = store.Time.GetUtcNow();
            async Task<string> Id(string prefix, string counter) => $"{prefix}-{await s.NextNumberAsync(counter):000000}";
            var clueId = await Id("CL", "clue");
            await s.Clues.InsertAsync(new Clue(clueId, institution, ClueDraft.Manual(Samples.Card(5), Samples.Identity(5), Samples.Name(), null, "clue"),
                ClueStatus.Open, null, now, "seed", 1));
            var caseId = await Id("CS", "case");
            await s.Cases.InsertAsync(new CaseRecord(caseId, "case", CaseState.New, institution, institution, null, null, now, "seed", now, 1));
            var card = await ItemAsync(s, await Id("IT", "item"), caseId, institution, new CardContent(Samples.Card(6), Legal.Facts.CardKind.BankCard, null, null, null, null), now);
            var phone = await ItemAsync(s, await Id("IT", "item"), caseId, institution, new PhoneContent(Samples.Phone(6), Legal.Facts.CardKind.PhoneCard, null, null, null), now);
            var sha = Convert.ToHexStringLower(SHA256.HashData(File));
            await s.Attachments.PutAsync(sha, File, now);
            var file = await ItemAsync(s, await Id("IT", "item"), caseId, institution, new AttachmentContent(sha, "statement.txt", File.Length, "text/plain"), now);
            var measureId = await Id("CM", "measure");
            await s.Measures.InsertAsync(new MeasureRecord(measureId, institution, caseId, Samples.Card(6), new MeasureTerms(MeasureActor.BankOrPaymentInstitution,
                ControlMeasureKind.Restrict, [MeasureTrigger.AbnormalAccountOrSuspiciousTransaction], new DateOnly(2026, 11, 1), "r", "b", ["step"], "s"),
                MeasureProgress.Applied, now, "seed", 1));
            var listingId = await Id("DL", "listing");
            await s.Listings.InsertAsync(new ListingRecord(listingId, Samples.Identity(7), null, ListingGround.IdentifiedCardOrAccountDealing,
                new DateOnly(2025, 1, 10), null, institution, "ref", null, null, now, "seed", 1));
            return new Resources(institution, clueId, caseId, card, phone, file, measureId, listingId);
        }, TestContext.Current.CancellationToken);

    private static async Task<string> ItemAsync(IStoreSession s, string id, string caseId, string institution, CaseItemContent content, DateTimeOffset now)
    {
        await s.Cases.InsertItemAsync(new CaseItem(id, caseId, now, "seed", institution, content));
        return id;
    }
}
