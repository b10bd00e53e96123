using Breakcard.Screening.Evaluation;

namespace Breakcard.Screening.Tests.Evaluation;

/// <summary>Leave-family-out cross-validation with a hand-made classifier whose answers are known.</summary>
public sealed class FamilyCrossValidationTests
{
    // A "classifier" that flags a text when a word of it appeared in a risky training text: it can only
    // know a family's word if that family was trained on.
    private static Func<string, bool> WordsOfRiskyTraining(IReadOnlyList<LabelledText> training, List<string[]> seen)
    {
        seen.Add([.. training.Select(e => e.Note!).Distinct().Order(StringComparer.Ordinal)]);
        var words = training.Where(e => e.IsRisky).SelectMany(e => e.Text.Split(' ')).ToHashSet(StringComparer.Ordinal);
        return text => text.Split(' ').Any(words.Contains);
    }

    private static readonly LabelledText[] Training =
    [
        new("1", "rent card", true, "a"),
        new("2", "rent card", true, "a"),
        new("3", "sell card", true, "b"),
        new("4", "card shop", false, "c"),
        new("5", "dog walk", false, "d"),
    ];

    [Fact]
    public void EachFamilyIsScoredByAFitThatNeverSawIt()
    {
        var seen = new List<string[]>();
        var result = FamilyCrossValidation.Run(Training, [], groups: 0, t => WordsOfRiskyTraining(t, seen));

        Assert.Equal(4, result.Groups);
        Assert.Equal(4, seen.Count); // one fit per family, none for an empty development set
        Assert.Equal(["b", "c", "d"], seen[0]); // families dealt in ordinal order: a is left out first
        // Left out, family a ("rent card") is flagged only through "card", which b's risky text has:
        // both caught. Family b ("sell card") is caught through a's "card". Family c ("card shop") is a
        // false alarm through the same word; d is not flagged.
        Assert.Equal(new BinaryMetrics(3, 1, 1, 0), result.Trainable);
        var c = Assert.Single(result.Families, f => f.Family == "c");
        Assert.Equal((1, 0, false), (c.Examples, c.Correct, c.IsRisky));
        Assert.Equal("c", result.Families[0].Family); // worst first
    }

    [Fact]
    public void DevelopmentFamiliesAreScoredByTheFitOnEveryTrainingFamily()
    {
        var seen = new List<string[]>();
        LabelledText[] development = [new("6", "sell phone", true, "e"), new("7", "walk home", false, "f")];
        var result = FamilyCrossValidation.Run(Training, development, groups: 2, t => WordsOfRiskyTraining(t, seen));

        Assert.Equal(3, seen.Count); // two groups and the full fit
        Assert.Equal(["a", "b", "c", "d"], seen[^1]);
        Assert.Equal(new BinaryMetrics(1, 0, 1, 0), result.Development); // "sell" from b; "walk" only in a legitimate text
        Assert.All(result.Families.Where(f => f.Family is "e" or "f"), f => Assert.False(f.Trainable));
    }

    [Fact]
    public void OneFamily_CannotBeLeftOut() =>
        Assert.Throws<ArgumentException>(() => FamilyCrossValidation.Run([new("1", "x", true, "a"), new("2", "y", false, "a")], [], 0, _ => _ => false));
}
