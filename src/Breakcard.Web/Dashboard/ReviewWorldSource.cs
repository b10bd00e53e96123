using Breakcard.Cases.Review;
using Breakcard.Cases.Review.Import;

namespace Breakcard.Web.Dashboard;

/// <summary>The world folder the review lists read (the demo city), read once on first use.</summary>
public sealed class ReviewWorldSource
{
    private readonly Lock _gate = new();
    private ReviewWorld? _world;

    /// <summary>The folder with <c>accounts.csv</c>, <c>companies.csv</c> and <c>transactions.csv</c>, when known.</summary>
    public string? Folder { get; set; }

    /// <summary>The world, or null when no folder is known.</summary>
    public ReviewWorld? Get()
    {
        lock (_gate)
        {
            if (_world is not null || Folder is null || !File.Exists(Path.Combine(Folder, "accounts.csv")))
            {
                return _world;
            }

            using var accounts = File.OpenText(Path.Combine(Folder, "accounts.csv"));
            using var companies = File.OpenText(Path.Combine(Folder, "companies.csv"));
            var txPath = Path.Combine(Folder, "transactions.csv");
            using var transactions = File.Exists(txPath) ? File.OpenText(txPath) : null;
            _world = WorldReader.Read((accounts, "accounts.csv"), (companies, "companies.csv"), transactions is null ? null : (transactions, "transactions.csv"), null);
            return _world;
        }
    }
}
