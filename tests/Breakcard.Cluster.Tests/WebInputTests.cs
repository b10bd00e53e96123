using System.Text;
using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Ingest;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The web API's input to the cluster: request bodies read by the reader the web host's
/// <c>POST /api/v1/events</c> opens, fed one request after another to one open stream, give the
/// single-process outputs; a bad record in a body is quarantined with its line and the rest applied.
/// </summary>
public sealed class WebInputTests
{
    [Fact]
    public async Task RequestBodiesOneAfterAnother_ByteIdenticalToSingleProcess_BadRecordQuarantinedWithLine()
    {
        var expected = TestWorld.SingleProcess;
        var lines = File.ReadAllLines(Path.Combine(TestWorld.WorldFolder, "events.jsonl"));
        Assert.Equal(TestWorld.Events().Count, lines.Length);
        await using var cluster = await LoopbackCluster.StartAsync(2);
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(1), TestContext.Current.CancellationToken);
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-web-" + Guid.NewGuid().ToString("N")[..8]);
        var quarantined = new List<QuarantinedRecord>();
        long sent = 0, requests = 0;

        await using (var stream = await ClusterStream.OpenAsync(ClusterClient.Of(client), "bank-web", output, new GatewayOptions { BatchSize = 1_000 },
            cancellationToken: TestContext.Current.CancellationToken))
        {
            // Requests of 2,500 events (the web host's body limit is bytes; the size here is arbitrary and not a multiple of the batch).
            for (var start = 0; start < lines.Length; start += 2_500)
            {
                var body = lines.Skip(start).Take(2_500).ToList();
                if (requests == 3)
                {
                    body.Insert(7, "{\"type\":\"transaction\",\"id\":\"BAD-1\",\"time\":\"not a time\"}");
                }

                var quarantine = new QuarantineList();
                using var reader = EventReaders.Open(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', body) + "\n")), "body", InputFormat.Jsonl, quarantine);
                sent += await stream.SendAsync(reader);
                quarantined.AddRange(quarantine.Records);
                requests++;
            }

            var result = await stream.FinishAsync();
            Assert.Equal(sent, result.Events);
        }

        var actual = Outputs.Read(output);
        Directory.Delete(output, recursive: true);
        Assert.Equal(lines.Length, sent);
        var bad = Assert.Single(quarantined);
        Assert.Equal(8, bad.Error.Line);
        Assert.Equal(expected.Alerts, actual.Alerts);
        Assert.Equal(expected.Scores, actual.Scores);
        Assert.Equal(expected.Summary, actual.Summary);
    }
}
