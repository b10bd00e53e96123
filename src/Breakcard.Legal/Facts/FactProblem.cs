namespace Breakcard.Legal.Facts;

/// <summary>
/// One thing wrong with a facts record, located by the snake_case path of the facts file
/// (for example "earlier_acts[1].inflow.verified_fraud_fen") so that a reader of the file can
/// point at the line.
/// </summary>
/// <param name="Path">Field path in the facts file's names.</param>
/// <param name="Reason">What is wrong.</param>
public sealed record FactProblem(string Path, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Reason}";
}
