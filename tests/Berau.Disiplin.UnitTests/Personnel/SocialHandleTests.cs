using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Accounts;

namespace Berau.Disiplin.UnitTests.Personnel;

public sealed class SocialHandleTests
{
    private static (SocialHandle? Handle, IReadOnlyDictionary<string, string> Violations) Parse(string platform, string handle)
    {
        var v = new Validator();
        var parsed = SocialHandle.Parse(v, "platform", platform, "handle", handle);
        return (parsed, v.Violations.ToDictionary(x => x.Field, x => x.Reason));
    }

    [Theory]
    [InlineData("tiktok", "disdukcapil.berau")]
    [InlineData("tiktok", "@disdukcapil.berau")]
    [InlineData("TikTok", "  @DisdukCapil.Berau  ")]
    [InlineData("tiktok", "https://www.tiktok.com/@disdukcapil.berau")]
    [InlineData("tiktok", "https://www.tiktok.com/@disdukcapil.berau/")]
    [InlineData("tiktok", "tiktok.com/@disdukcapil.berau?lang=id")]
    [InlineData("tiktok", "www.tiktok.com/@disdukcapil.berau?_t=8rX&_r=1")]
    [InlineData("tiktok", "https://m.tiktok.com/@disdukcapil.berau")]
    [InlineData("tiktok", "https://www.tiktok.com/@disdukcapil.berau/video/7446291234567890123?is_from_webapp=1")]
    [InlineData("tiktok", "https://www.tiktok.com/@disdukcapil.berau/live")]
    [InlineData("", "https://www.tiktok.com/@disdukcapil.berau")]
    [InlineData("tik tok", "HTTPS://WWW.TIKTOK.COM/@DISDUKCAPIL.BERAU#top")]
    public void Every_accepted_form_of_a_TikTok_account_is_the_same_account(string platform, string handle)
    {
        var (parsed, violations) = Parse(platform, handle);
        Assert.Empty(violations);
        Assert.Equal(new SocialHandle("tiktok", "disdukcapil.berau"), parsed);
    }

    [Theory]
    [InlineData("instagram", "https://www.instagram.com/disdukcapil.berau/", "instagram", "disdukcapil.berau")]
    [InlineData("ig", "instagram.com/disdukcapil.berau?igsh=abc123", "instagram", "disdukcapil.berau")]
    [InlineData("instagram", "https://www.instagram.com/stories/disdukcapil.berau/3512", "instagram", "disdukcapil.berau")]
    [InlineData("facebook", "https://facebook.com/DisdukcapilBerau", "facebook", "disdukcapilberau")]
    [InlineData("facebook", "https://m.facebook.com/DisdukcapilBerau/", "facebook", "disdukcapilberau")]
    [InlineData("fb", "https://web.facebook.com/profile.php?id=100064512345678&mibextid=x", "facebook", "100064512345678")]
    [InlineData("youtube", "https://www.youtube.com/@DisdukcapilBerau", "youtube", "disdukcapilberau")]
    [InlineData("yt", "youtube.com/@disdukcapilberau/streams", "youtube", "disdukcapilberau")]
    [InlineData("x", "https://x.com/disdukcapil_brau", "x", "disdukcapil_brau")]
    [InlineData("twitter", "https://twitter.com/Disdukcapil_Brau/status/1860000000000000000", "x", "disdukcapil_brau")]
    [InlineData("Twitter", "@Disdukcapil_Brau", "x", "disdukcapil_brau")]
    [InlineData("x", "mobile.twitter.com/disdukcapil_brau", "x", "disdukcapil_brau")]
    [InlineData("threads", "https://www.threads.net/@disdukcapil.berau", "threads", "disdukcapil.berau")]
    public void Profile_links_of_each_platform_are_normalised_to_platform_and_handle(string platform, string handle,
        string expectedPlatform, string expectedHandle)
    {
        var (parsed, violations) = Parse(platform, handle);
        Assert.Empty(violations);
        Assert.Equal(new SocialHandle(expectedPlatform, expectedHandle), parsed);
    }

    [Theory]
    [InlineData("tiktok", "", "handle", "is required")]
    [InlineData("tiktok", "https://vm.tiktok.com/ZMhAbCdEf/", "handle", "short link")]
    [InlineData("instagram", "https://www.tiktok.com/@disdukcapil.berau", "handle", "is a link to tiktok, not to instagram")]
    [InlineData("tiktok", "https://www.tiktok.com/discover/berau", "handle", "without the /@name")]
    [InlineData("instagram", "https://www.instagram.com/p/C9xYzAbCdEf/", "handle", "does not name the account")]
    [InlineData("facebook", "https://www.facebook.com/groups/berau.info", "handle", "does not name the account")]
    [InlineData("tiktok", "https://example.com/@disdukcapil.berau", "handle", "is a link to example.com")]
    [InlineData("tiktok", "disdukcapil berau", "handle", "may hold only letters, digits")]
    [InlineData("tiktok", "dukcapil/berau", "handle", "neither a handle nor a profile link")]
    [InlineData("myspace", "disdukcapil.berau", "platform", "must be one of tiktok, instagram, facebook, youtube, x, threads")]
    [InlineData("", "disdukcapil.berau", "platform", "is required")]
    public void Text_that_names_no_account_is_refused_on_its_field(string platform, string handle, string field, string reason)
    {
        var (parsed, violations) = Parse(platform, handle);
        Assert.Null(parsed);
        Assert.Contains(reason, violations[field]);
    }
}
