using System.Text.Json;
using Breakcard.Core.Errors;
using Breakcard.Screening;
using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;
using Breakcard.Simulation.JobAds;
using Breakcard.Web.Tests.Infrastructure;

namespace Breakcard.Web.Tests.Features;

/// <summary>
/// The <c>screeningModel</c> setting: with a model file the screening API leads with the model (ADR 306), without it
/// the patterns alone answer; a missing or foreign file stops the host naming the setting and the file.
/// </summary>
public sealed class ScreeningModelTests
{
    private const string Risky = "高价收购银行卡，一套日结800元，需本人到银行开户后把卡和U盾寄给我们，配合转账即可";
    private const string Honest = "超市收银员，负责收银和扫码收款，月薪4500，五险一金";

    // A small model trained once for the class (2,000 simulated training ads, a few seconds): the test is about the
    // host's wiring, not the model's quality.
    private static readonly Lazy<string> ModelFile = new(() =>
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("breakcard-web-model-").FullName, "screening.zip");
        var ads = JobAdGenerator.Generate(20_261_124, new JobAdOptions(2_000)).Select(a => new LabelledText(a.Id, a.Text, a.IsRisky, a.Family));
        using var model = AdModel.Train(ads, TextNormaliser.Default, new ModelTrainingOptions(), "web test ads");
        model.Save(path);
        return path;
    });

    [Fact]
    public async Task With_a_model_file_the_api_scores_as_the_model_led_screener_and_without_one_by_the_patterns_alone()
    {
        await using var withModel = await WebServer.StartAsync(null, false, false, "--screeningModel", ModelFile.Value);
        await using var patternsOnly = await WebServer.StartAsync();
        var led = await Screen(withModel);
        var alone = await Screen(patternsOnly);

        using var model = AdModel.Load(ModelFile.Value, TextNormaliser.Default);
        var expected = new AdScreener(TextNormaliser.Default, model).ScreenMany([Risky, Honest]);
        var patterns = new AdScreener(TextNormaliser.Default, null).ScreenMany([Risky, Honest]);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(JsonValueKind.Number, led[i].GetProperty("model_probability").ValueKind);
            Assert.Equal(expected[i].ModelProbability!.Value, led[i].GetProperty("model_probability").GetDouble(), 9);
            Assert.Equal(expected[i].Score, led[i].GetProperty("score").GetInt32());
            Assert.False(alone[i].TryGetProperty("model_probability", out _)); // null, so not written
            Assert.Equal(patterns[i].Score, alone[i].GetProperty("score").GetInt32());
        }

        Assert.NotEqual("low", led[0].GetProperty("band").GetString());
        Assert.Equal("low", led[1].GetProperty("band").GetString());
    }

    [Fact]
    public async Task A_missing_model_file_stops_the_host_naming_the_setting_and_the_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), "breakcard-no-such-model-" + Guid.NewGuid().ToString("N") + ".zip");
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => WebServer.StartAsync(null, false, false, "--screeningModel", missing));
        Assert.Equal("screeningModel", error.Error.Field);
        Assert.Equal(missing, error.Error.Source);
        Assert.Contains("no such model file", error.Error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_model_stops_the_host_with_the_models_reason()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("breakcard-web-model-").FullName, "notes.zip");
        await File.WriteAllTextAsync(path, "not a model", TestContext.Current.CancellationToken);
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => WebServer.StartAsync(null, false, false, "--screeningModel", path));
        Assert.Equal("screeningModel", error.Error.Field);
        Assert.Equal(path, error.Error.Source);
        Assert.Contains("screening model", error.Error.Reason, StringComparison.Ordinal);
    }

    private static async Task<JsonElement[]> Screen(WebServer server)
    {
        var response = await server.PostAsync("li@bank-a", "/api/v1/screening/job-ads", new { texts = new[] { Risky, Honest } });
        response.EnsureSuccessStatusCode();
        return [.. (await WebServer.JsonOf(response)).EnumerateArray()];
    }
}
