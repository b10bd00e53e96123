using System.Collections.Immutable;
using Breakcard.Legal.Control;

namespace Breakcard.Cases.Measures;

/// <summary>What was decided when a measure was applied, and on what legal footing. Immutable.</summary>
/// <param name="Actor">Bank or payment institution, or telecom operator.</param>
/// <param name="Kind">The measure.</param>
/// <param name="Findings">The findings established (the trigger must be among them).</param>
/// <param name="AppliedOn">The day it took effect.</param>
/// <param name="Reason">The legal reason from <see cref="ControlMeasureCatalog.MayApply"/>.</param>
/// <param name="Basis">The provision, with its date and label.</param>
/// <param name="RemedySteps">What the customer must be told and may do.</param>
/// <param name="RemedySource">The provision of the remedy, with its label.</param>
public sealed record MeasureTerms(
    MeasureActor Actor,
    ControlMeasureKind Kind,
    ImmutableArray<MeasureTrigger> Findings,
    DateOnly AppliedOn,
    string Reason,
    string Basis,
    ImmutableArray<string> RemedySteps,
    string RemedySource);
