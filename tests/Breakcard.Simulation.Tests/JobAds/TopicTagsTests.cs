using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 24's held-out disguise <see cref="Evasion.TopicTags"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class TopicTagsTests
{
    private const string ChineseAd = "出租银行卡，日结300。私聊\n一天一结";

    [Fact]
    public void TopicTags_TagAChinesePostAfterItsLastLineOrBeforeItWeiboStyle()
    {
        var forms = new HashSet<string>();
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ChineseAd, [Evasion.TopicTags], [], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.TopicTags), applied);
            if (text.EndsWith(ChineseAd, StringComparison.Ordinal))
            {
                // Hand-worked Weibo form: two distinct topics, each closed by a second #, then the post unchanged.
                var head = text[..^ChineseAd.Length];
                var topics = head.Split('#', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(2, topics.Length);
                Assert.Equal(string.Concat(topics.Select(t => "#" + t + "#")), head);
                Assert.All(topics, t => Assert.Contains("#" + t, TopicTags.Tags));
                Assert.NotEqual(topics[0], topics[1]);
                forms.Add("weibo");
            }
            else
            {
                // The post unchanged, then a line break or a space, then four to seven distinct topics separated by spaces.
                Assert.StartsWith(ChineseAd, text, StringComparison.Ordinal);
                var separator = text[ChineseAd.Length];
                Assert.Contains(separator, "\n ");
                var tags = text[(ChineseAd.Length + 1)..].Split(' ');
                Assert.InRange(tags.Length, 4, 7);
                Assert.All(tags, t => Assert.Contains(t, TopicTags.Tags));
                Assert.Equal(tags.Length, tags.Distinct().Count());
                forms.Add(separator == '\n' ? "line" : "inline");
            }
        }

        Assert.Equal(["inline", "line", "weibo"], forms.Order()); // every form is drawn, none fixed
    }

    [Fact]
    public void TopicTags_TagAnEnglishPostWithEnglishTopicsOnly()
    {
        const string ad = "Rent your bank card to us, $50 a day. DM me";
        for (var seed = 1UL; seed <= 30; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.TopicTags], [], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.TopicTags), applied);
            Assert.StartsWith(ad, text, StringComparison.Ordinal);
            var tags = text[(ad.Length + 1)..].Split(' ');
            Assert.InRange(tags.Length, 4, 7);
            Assert.All(tags, t => Assert.Contains(t, TopicTags.EnglishTags));
        }
    }

    [Fact]
    public void TopicTags_TablesHoldNoKeyWordAndKeepTheirLanguage()
    {
        Assert.All(TopicTags.Tags.Concat(TopicTags.EnglishTags), t =>
        {
            Assert.StartsWith("#", t, StringComparison.Ordinal);
            Assert.DoesNotContain(' ', t);
            Assert.DoesNotContain(EvasionTables.RiskyWords, w => t.Contains(w, StringComparison.OrdinalIgnoreCase));
        });
        Assert.All(TopicTags.Tags, t => Assert.True(TextLanguage.IsChinese(t), t));
        Assert.All(TopicTags.EnglishTags, t => Assert.False(TextLanguage.IsChinese(t), t));
        Assert.True(TopicTags.Tags.Length >= 7 && TopicTags.EnglishTags.Length >= 7); // seven distinct tags can always be drawn
    }
}
