using Breakcard.Cases.Storage;
using Breakcard.Core.Time;

namespace Breakcard.Cases.Services;

/// <summary>What every service needs: the store and the clock.</summary>
internal sealed class ServiceContext(ICaseStore store, TimeProvider time)
{
    public ICaseStore Store { get; } = store;

    public TimeProvider Time { get; } = time;

    /// <summary>Processing time now.</summary>
    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Today in China.</summary>
    public DateOnly Today => ChinaTime.DateOf(Now);
}
