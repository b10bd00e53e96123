using Breakcard.Simulation.Events;

namespace Breakcard.Simulation.Tests.Events;

public sealed class DayBatchTests
{
    [Fact]
    public void Sort_OrdersByTime_KeepingGenerationOrderForTies()
    {
        var batch = new DayBatch();
        batch.Reset(2);
        long day = 2 * 86_400;
        long[] times = [day + 500, day + 10, day + 500, day + 86_399, day, day + 10];
        for (var i = 0; i < times.Length; i++)
        {
            batch.Add(new SimEvent { Time = times[i], A = i, Kind = EventKind.Call });
        }

        batch.Sort();

        Assert.Equal([4, 1, 5, 0, 2, 3], batch.Order.ToArray());
    }

    [Fact]
    public void Sort_EventOutsideTheDay_Throws()
    {
        var batch = new DayBatch();
        batch.Reset(1);
        batch.Add(new SimEvent { Time = 2 * 86_400, Kind = EventKind.Call });

        Assert.Throws<InvalidOperationException>(batch.Sort);
    }

    [Fact]
    public void Add_GrowsBeyondTheInitialCapacity_AndResetEmpties()
    {
        var batch = new DayBatch();
        batch.Reset(0);
        for (var i = 0; i < 100_000; i++)
        {
            batch.Add(new SimEvent { Time = 86_399 - (i % 86_400), A = i, Kind = EventKind.Sms });
        }

        batch.Sort();
        Assert.Equal(100_000, batch.Count);
        var events = batch.Events;
        var order = batch.Order;
        for (var i = 1; i < order.Length; i++)
        {
            Assert.True(events[order[i - 1]].Time <= events[order[i]].Time);
        }

        batch.Reset(1);
        Assert.Equal(0, batch.Count);
    }
}
