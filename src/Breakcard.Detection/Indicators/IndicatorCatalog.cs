namespace Breakcard.Detection.Indicators;

/// <summary>Every indicator's description, indexed by <see cref="IndicatorId"/>.</summary>
public static class IndicatorCatalog
{
    private static readonly IndicatorInfo[] ById = Build();

    /// <summary>All indicators in id order.</summary>
    public static IReadOnlyList<IndicatorInfo> All { get; } = ById;

    /// <summary>Number of indicator ids.</summary>
    public static int Count => ById.Length;

    /// <summary>The description of <paramref name="id"/>.</summary>
    public static IndicatorInfo Of(IndicatorId id) => ById[(int)id];

    private static IndicatorInfo[] Build()
    {
        IndicatorInfo[] all =
        [
            PassThroughIndicator.Info, FanInIndicator.Info, FanOutIndicator.Info, ScatterGatherIndicator.Info,
            GatherScatterIndicator.Info, BurstIndicator.Info, ProfileMismatchIndicator.Info, AbnormalHoursIndicator.Info,
            DormantRevivedIndicator.Info, NewAccountVelocityIndicator.Info, JustUnderThresholdIndicator.Info,
            CorporateUnrelatedIndicator.Info, AccountsPerIdentityIndicator.Info, SharedDeviceIndicator.Info,
            TaintedInflowIndicator.Info, LinkedRiskIndicator.Info, ShellCompanyIndicator.Info, CycleIndicator.Info,
            ShortCallSprayIndicator.Info, NewSimHighVolumeIndicator.Info, SimClusterIndicator.Info,
            VerificationSmsFloodIndicator.Info, SimsPerIdentityIndicator.Info, CardTestIndicator.Info, CodeRelayIndicator.Info,
            GraphStackIndicator.Info, GraphCycleIndicator.Info, GraphScatterGatherIndicator.Info,
        ];
        var byId = new IndicatorInfo[all.Length];
        foreach (var info in all)
        {
            if (byId[(int)info.Id] is not null)
            {
                throw new InvalidOperationException($"Indicator id {info.Id} is described twice.");
            }

            byId[(int)info.Id] = info;
        }

        return byId;
    }
}
