namespace Breakcard.Screening.Model;

/// <summary>ML.NET input row: normalised text and, for training, its label.</summary>
internal sealed class ModelInput
{
    public string Text { get; set; } = "";

    public string Signals { get; set; } = "";

    public bool Label { get; set; }
}

/// <summary>ML.NET output row.</summary>
internal sealed class ModelOutput
{
    public float Probability { get; set; }

    public float Score { get; set; }

    public bool PredictedLabel { get; set; }
}
