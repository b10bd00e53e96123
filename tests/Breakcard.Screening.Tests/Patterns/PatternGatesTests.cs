using Breakcard.Screening.Evaluation;
using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 476: the dispatcher runs a reading only where a term carries one of its anchors (<see cref="PatternGates"/>). Every reading is
/// gated or named ungated, so a new reading is gated by default; and no gate hides a match: over generated training and
/// development texts and the hard cases, a gated reading finds nothing in any text its gate shuts out.
/// </summary>
public sealed class PatternGatesTests
{
    private static readonly string HardCases = Path.Combine(AppContext.BaseDirectory, "HardCases", "hard-cases.jsonl");

    // Readings too rare for a generated sample to exercise once the corpus rotates (round 30, ADR 472: no training or development ad of
    // seed 476 read insider-opening any more): one positive text each, from the reading's own unit tests, so its gate is still tried.
    private static readonly string[] Witnesses =
    [
        "找信用社内部人员：我们带人过去办卡，审核放宽一点，一户给你200。", // insider-opening (RoundElevenReadingTests)
    ];

    [Fact]
    public void EveryReading_IsGatedOrNamedUngated()
    {
        var undeclared = PatternCatalog.All.Select(p => p.Id)
            .Where(id => PatternGates.Of(id) == Concept.None && !PatternGates.Ungated.Contains(id)).ToArray();
        Assert.True(undeclared.Length == 0,
            "declare the anchors of each new reading in PatternGates (ADR 476; docs/screening.md, throughput): " + string.Join(", ", undeclared));
    }

    [Fact]
    public void TheDeclarations_NameOnlyReadingsOfTheCatalogue_AndNoneTwice()
    {
        var ids = PatternCatalog.All.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(PatternGates.GatedIds, id => Assert.Contains(id, ids));
        Assert.All(PatternGates.Ungated, id => Assert.Contains(id, ids));
        Assert.DoesNotContain(PatternGates.GatedIds, PatternGates.Ungated.Contains);
    }

    [Fact]
    public void NoGate_HidesWhatItsReadingFinds()
    {
        var texts = JobAdGenerator.Generate(476, new JobAdOptions(3_000, JobAdSplit.Training, EvasionRate: 0.6)).Select(a => a.Text)
            .Concat(JobAdGenerator.Generate(476, new JobAdOptions(1_500, JobAdSplit.Development, EvasionRate: 0.6)).Select(a => a.Text))
            .Concat(LabelledTextReader.Read(HardCases).Select(c => c.Text))
            .Concat(Witnesses);
        var gated = PatternCatalog.All.Where(p => PatternGates.Of(p.Id) != Concept.None).ToArray();
        Assert.NotEmpty(gated);
        var hidden = new List<string>();
        var shutOut = new int[gated.Length];
        var found = new int[gated.Length];
        foreach (var text in texts)
        {
            var normalised = TextNormaliser.Default.Normalise(text);
            if (normalised.Terms.Count == 0)
            {
                continue; // Match runs no reading then
            }

            var c = new PatternContext(normalised);
            for (var k = 0; k < gated.Length; k++)
            {
                var finds = gated[k].Rule(c).Any();
                var open = PatternGates.Opens(PatternGates.Of(gated[k].Id), c);
                found[k] += finds ? 1 : 0;
                shutOut[k] += open ? 0 : 1;
                if (finds && !open)
                {
                    hidden.Add(gated[k].Id + ": " + text);
                }
            }
        }

        Assert.True(hidden.Count == 0, "a gate shut out a text its reading finds something in:\n" + string.Join("\n", hidden.Take(10)));
        // The corpus must exercise each gate both ways, or the test could not fail for it.
        for (var k = 0; k < gated.Length; k++)
        {
            Assert.True(found[k] > 0, gated[k].Id + " found nothing in the corpus");
            Assert.True(shutOut[k] > 0, gated[k].Id + "'s gate shut out no text");
        }
    }
}
