namespace Breakcard.Screening.Evaluation;

/// <summary>The figures screening must reach (the targets) and the hard-case floors.</summary>
public static class ScreeningTargets
{
    /// <summary>Precision of "flagged" on the held-out simulated corpus.</summary>
    public const double HeldOutPrecision = 0.95;

    /// <summary>Recall of "flagged" on the held-out simulated corpus.</summary>
    public const double HeldOutRecall = 0.95;

    /// <summary>
    /// Regression floor for precision on the held-out corpus in the test suite. 0.85 until round 4,
    /// 0.70 until round 11 (ADR 101); restated at 0.55 after round 11's one held-out run (ADR 269:
    /// precision 0.604 on 10,000 ads, 0.606 on the test's 3,000), which describes a new, harder set
    /// and no change of the screener. The floor catches a broken screener; the targets
    /// (<see cref="HeldOutPrecision"/>/<see cref="HeldOutRecall"/>) are checked by
    /// <c>breakcard screen evaluate</c>, and the tuned rules are held by the development floors.
    /// </summary>
    public const double HeldOutPrecisionFloor = 0.55;

    /// <summary>Regression floor for recall on the held-out corpus in the test suite (0.70 since round 4, ADR 101; round 11's run: 0.851, the test's 3,000 ads 0.863; round 12's run: 0.723, the test's 0.740, ADR 279).</summary>
    public const double HeldOutRecallFloor = 0.70;

    /// <summary>
    /// Floor for precision on the development split (the last burned held-out set, tuned on). Set by
    /// ADR 269 under the figure the round's tuning reached on it, so that a change which undoes a tuned
    /// reading fails here even when the held-out figure hides it, and restated with each round that
    /// moves the split: 0.95 for round 11's set (ADR 279); 0.80 for round 12's set (ADR 289), which
    /// ADR 283 tuned on half its families only (0.872 on 10,000 ads, 0.848 on the test's 3,000;
    /// 0.656 before that tuning); 0.58 for round 13's set (ADR 305), which ADR 293 tuned on half its
    /// families and whose other half holds the worst honest families (0.634 on 10,000 ads, 0.607 on the
    /// test's 3,000; 0.589 before that tuning); 0.76 for round 14's set (ADR 316), on which ADR 306's
    /// combination was fitted and whose half A ADR 310 read (0.795 on 10,000 ads, 0.793 on the test's
    /// 3,000; 0.633 on the test's 3,000 with the screener of its blind run, which fails here); 0.74 for
    /// round 15's set (ADR 333; 0.783 on 10,000 ads, 0.771 on the test's 3,000 — the screener of its
    /// blind run, since ADRs 317 and 321 changed no code); 0.86 for round 16's set (ADR 347), which
    /// ADR 334 tuned on half A and ADR 344 on the whole (0.942 on 10,000 ads, 0.890 on the test's 3,000);
    /// 0.93 for round 17's set (ADR 364), which ADRs 348, 352 and 355 tuned on (0.961 on 10,000 ads, 0.957
    /// on the test's 3,000); 0.93 for round 18's set (ADR 381), which ADRs 365, 369, 372 and 375 tuned on
    /// (0.986 on 10,000 ads, 0.956 on the test's 3,000); 0.97 for round 19's set (ADR 388), which ADRs 383,
    /// 384 and 385 tuned on (0.999 on 10,000 ads, 0.996 on the test's 3,000; 0.748 on the whole set with the
    /// screener of its blind run); 0.97 for round 20's set (ADR 395), which ADRs 390, 391 and 392 tuned on
    /// (0.994 on 10,000 ads, 0.986 on the test's 3,000; 0.853 on the whole set with the screener of its
    /// blind run); 0.97 for round 21's set (ADR 404), which ADRs 396 and 399–402 tuned on (0.9986 on 10,000
    /// ads, 0.9988 on the test's 3,000; 0.880 on the whole set with the screener of its blind run); 0.97 for
    /// round 22's set (ADR 412), which ADRs 405 and 407–410 tuned on (0.9939 on 10,000 ads, 0.9898 on the
    /// test's 3,000; 0.816 on the whole set with the screener of its blind run); 0.97 for round 23's set
    /// (ADR 419), which ADRs 414–417 tuned on (0.9983 on 10,000 ads, 0.9988 on the test's 3,000; 0.913 on
    /// the whole set with the screener of its blind run); 0.97 for round 24's set (ADR 428), which ADRs
    /// 420–421 and 423–425 tuned on (0.9986 on 10,000 ads, 1.0000 on the test's 3,000; 0.960 on the whole
    /// set with the screener of its blind run); 0.95 for round 25's set (ADR 437), which ADRs 429–430 and
    /// 432–434 tuned on (0.9916 on 10,000 ads, 0.9646 on the test's 3,000 — the test's smaller model flags more of
    /// the honest liquor-shop slips — ; 0.971 on the whole set with the screener of its blind run); 0.97 for round
    /// 26's set (ADR 446), which ADRs 438–439 and 441–444 tuned on (0.9986 on 10,000 ads, 0.9989 on the test's 3,000;
    /// 0.978 on the whole set with the screener of its blind run); 0.97 for round 27's set (ADR 456), which ADRs
    /// 447–449 and 453–455 tuned on (1.0000 on 10,000 ads, 1.0000 on the test's 3,000; 0.939 on the whole set with
    /// the screener of its blind run); 0.97 for round 28's set (ADR 467), which ADRs 457–459 and 463–465 tuned on
    /// (0.9966 on 10,000 ads, 0.9965 on the test's 3,000; 0.952 on the whole set with the screener of its blind run); 0.97 for
    /// round 29's set (ADR 478), which ADRs 468–471 and 473–475 tuned on (0.9990 on 10,000 ads, 0.9977 on the test's 3,000; 0.939
    /// on the whole set with the screener of its blind run).
    /// </summary>
    public const double DevelopmentPrecisionFloor = 0.97;

    /// <summary>
    /// Floor for recall on the development split: 0.95 for round 29's set (ADR 478: 0.9732 on 10,000 ads,
    /// 0.9773 on the test's 3,000; 0.850 on the whole set with the screener of its blind run, before ADRs
    /// 468–471 and 473–475 tuned on it). 0.95 for round 28's set (ADR 467: 0.9682 on 10,000 ads,
    /// 0.9762 on the test's 3,000; 0.857 on the whole set with the screener of its blind run, before ADRs
    /// 457–459 and 463–465 tuned on it). 0.95 for round 27's set (ADR 456: 0.9873 on 10,000 ads,
    /// 0.9773 on the test's 3,000; 0.930 on the whole set with the screener of its blind run, before ADRs
    /// 447–449 and 453–455 tuned on it). 0.95 for round 26's set (ADR 446: 0.9853 on 10,000 ads,
    /// 0.9898 on the test's 3,000; 0.878 on the whole set with the screener of its blind run, before ADRs
    /// 438–439 and 441–444 tuned on it). 0.95 for round 25's set (ADR 437: 0.9920 on 10,000 ads,
    /// 0.9887 on the test's 3,000; 0.890 on the whole set with the screener of its blind run, before ADRs
    /// 429–430 and 432–434 tuned on it). 0.95 for round 24's set (ADR 428: 0.9863 on 10,000 ads,
    /// 0.9819 on the test's 3,000; 0.782 on the whole set with the screener of its blind run, before ADRs
    /// 420–421 and 423–425 tuned on it). 0.95 for round 23's set (ADR 419: 0.9793 on 10,000 ads,
    /// 0.9762 on the test's 3,000; 0.880 on the whole set with the screener of its blind run, before ADRs
    /// 415–417 tuned on it). 0.95 for round 22's set (ADR 412: 0.9836 on 10,000 ads,
    /// 0.9887 on the test's 3,000; 0.758 on the whole set with the screener of its blind run, before ADRs
    /// 405 and 407–410 tuned on it). 0.95 for round 21's set (ADR 404: 0.979 on 10,000 ads,
    /// 0.973 on the test's 3,000; 0.833 on the whole set with the screener of its blind run, before ADRs
    /// 399–402 tuned on it). 0.86 for round 20's set (ADR 395: 0.911 on 10,000 ads,
    /// 0.885 on the test's 3,000; 0.745 on the whole set with the screener of its blind run, before ADRs
    /// 390–392's readings, which this floor holds). Round 19's set had 0.93 (ADR 388: 0.958 on 10,000 ads,
    /// 0.952 on the test's 3,000), round 18's 0.92 (ADR 381), round 17's 0.93
    /// (ADR 364), round 16's 0.92 (ADR 347), round 15's 0.84 (ADR 333), round 14's 0.88 (ADR 316), round
    /// 13's 0.82 (ADR 305).
    /// </summary>
    public const double DevelopmentRecallFloor = 0.95;

    /// <summary>
    /// Floor for precision on the hand-written hard cases. Set before the first run on them: the
    /// hard cases are written to be hard, so the floor catches regressions, not perfection; every
    /// miss is reported.
    /// </summary>
    public const double HardCasePrecisionFloor = 0.85;

    /// <summary>Floor for recall on the hand-written hard cases (set before the first run on them).</summary>
    public const double HardCaseRecallFloor = 0.75;
}
