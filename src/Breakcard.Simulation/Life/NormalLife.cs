using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Life;

/// <summary>
/// Everything that is not crime, one day at a time: people, telecom, companies, and sweepers who
/// move every inflow into their wallet account within minutes (a pass-through that is entirely
/// innocent: same holder, same phone, same home).
/// </summary>
internal sealed class NormalLife : IActionHandler
{
    private readonly SimWorld _world;
    private readonly SeededRandom _root;
    private readonly SeededRandom _sweeps;
    private readonly PeopleLife _people;
    private readonly TelecomLife _telecom;
    private readonly CompanyLife _companies;

    public NormalLife(SimWorld world, EventSink sink, SeededRandom root)
    {
        _world = world;
        _root = root;
        _sweeps = root.Fork("sweeps");
        _people = new PeopleLife(world);
        _telecom = new TelecomLife(world);
        _companies = new CompanyLife(world);
        var sources = new bool[world.Accounts.Count];
        for (var p = 0; p < world.People.Count; p++)
        {
            if (world.People.Has(p, Population.PersonFlags.Sweeps) && world.Wallet[p] >= 0)
            {
                sources[world.Primary[p]] = true;
            }
        }

        sink.SweepSources = sources;
        sink.OnSweepSourceCredited = (time, account, fen) =>
            sink.Actions.Schedule(time + _sweeps.NextInt(60, 1_800), this, 0, account, 0, fen);
    }

    public void Day(int day, EventSink sink)
    {
        // Separate streams per part, so changing one part's draws leaves the others' worlds alone.
        var random = _root.Fork((ulong)day);
        _people.Day(day, random.Fork("people"), sink);
        _telecom.Day(day, random.Fork("telecom"), sink);
        _companies.Day(day, random.Fork("companies"), sink);
    }

    /// <summary>A sweep: the inflow moves on to the holder's wallet.</summary>
    public void Run(in ScheduledAction action, EventSink sink)
    {
        var account = action.A;
        var holder = _world.Accounts.Holder[account];
        var wallet = _world.Wallet[holder];
        if (wallet >= 0 && _world.Accounts.HolderUses(account, action.Time) && _world.Accounts.HolderUses(wallet, action.Time))
        {
            sink.Transaction(action.Time, account, wallet, action.Value, Channel.Transfer, Memos.None);
        }
    }
}
