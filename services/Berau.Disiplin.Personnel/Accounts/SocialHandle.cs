using System.Text.RegularExpressions;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Personnel.Accounts;

/// <summary>
/// A social-media account as the suite compares it: a platform (lower case, aliases resolved: "twitter" is "x") and a
/// handle (lower case, no leading @). A reporter may type <c>@DisdukCapil.Berau</c>, paste
/// <c>https://www.tiktok.com/@disdukcapil.berau?lang=id</c> or a link to one of its videos: all are the same account.
/// </summary>
public sealed partial record SocialHandle(string Platform, string Handle)
{
    public const int MaxHandleLength = 100;

    public static IReadOnlyList<string> Platforms { get; } = ["tiktok", "instagram", "facebook", "youtube", "x", "threads"];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["tik tok"] = "tiktok", ["tik-tok"] = "tiktok", ["tt"] = "tiktok",
        ["ig"] = "instagram", ["insta"] = "instagram",
        ["fb"] = "facebook",
        ["yt"] = "youtube",
        ["twitter"] = "x", ["x.com"] = "x", ["twitter.com"] = "x",
    };

    private static readonly Dictionary<string, string> Hosts = new(StringComparer.Ordinal)
    {
        ["tiktok.com"] = "tiktok",
        ["instagram.com"] = "instagram",
        ["facebook.com"] = "facebook", ["fb.com"] = "facebook",
        ["youtube.com"] = "youtube",
        ["x.com"] = "x", ["twitter.com"] = "x",
        ["threads.net"] = "threads", ["threads.com"] = "threads",
    };

    /// <summary>Links that redirect somewhere this service cannot follow.</summary>
    private static readonly HashSet<string> ShortLinkHosts =
        ["vm.tiktok.com", "vt.tiktok.com", "youtu.be", "fb.watch", "fb.me", "t.co", "instagr.am"];

    private static readonly string[] HostPrefixes = ["www.", "m.", "mobile.", "web.", "mbasic.", "touch."];

    public override string ToString() => $"{Platform}/@{Handle}";

    /// <summary>The platform, normalised, or null (with a violation) when it is none the suite knows.</summary>
    public static string NormalisePlatform(string? platform)
    {
        var p = (platform ?? "").Trim().ToLowerInvariant();
        return Aliases.GetValueOrDefault(p, p);
    }

    /// <summary>
    /// Normalises a platform and a handle in any accepted form; records violations (on <paramref name="platformField"/>
    /// or <paramref name="handleField"/>) and returns null when they do not name an account.
    /// </summary>
    public static SocialHandle? Parse(Validator v, string platformField, string? platform, string handleField, string? handle)
    {
        var before = v.Violations.Count;
        var p = NormalisePlatform(platform);
        var text = (handle ?? "").Trim();
        if (text.Length == 0)
        {
            v.Add(handleField, "is required");
            return null;
        }

        string? name;
        if (LinkOf(text) is { } link)
        {
            if (ShortLinkHosts.Contains(link.Host))
                return Refuse(v, handleField, "is a short link, which cannot be followed here; give the profile link or the @handle");
            var host = HostPrefixes.Aggregate(link.Host, (h, prefix) => h.StartsWith(prefix, StringComparison.Ordinal) ? h[prefix.Length..] : h);
            if (!Hosts.TryGetValue(host, out var linkPlatform))
                return Refuse(v, handleField, $"is a link to {link.Host}, not to a profile on {string.Join(", ", Platforms)}");
            if (p.Length == 0) p = linkPlatform;
            else if (p != linkPlatform)
                return Refuse(v, handleField, $"is a link to {linkPlatform}, not to {p}");
            name = NameInPath(linkPlatform, link.Segments, link.Query, out var reason);
            if (name is null) return Refuse(v, handleField, reason);
        }
        else if (text.TrimEnd('/').Contains('/'))
        {
            return Refuse(v, handleField, "is neither a handle nor a profile link");
        }
        else
        {
            name = text.TrimEnd('/').TrimStart('@');
        }

        if (p.Length == 0) v.Add(platformField, "is required");
        else if (!Platforms.Contains(p)) v.Add(platformField, $"must be one of {string.Join(", ", Platforms)}");
        name = name.ToLowerInvariant();
        if (name.Length == 0) v.Add(handleField, "names no account");
        else if (name.Length > MaxHandleLength) v.Add(handleField, $"must be at most {MaxHandleLength} characters");
        else if (!HandlePattern().IsMatch(name)) v.Add(handleField, "may hold only letters, digits, '.', '_' and '-'");
        return v.Violations.Count == before ? new SocialHandle(p, name) : null;
    }

    private sealed record Link(string Host, string[] Segments, string Query);

    /// <summary>A URL with or without its scheme (<c>tiktok.com/@name</c> counts), or null for a plain handle.</summary>
    private static Link? LinkOf(string text)
    {
        var rest = text;
        var schemeEnd = rest.IndexOf("://", StringComparison.Ordinal);
        var hasScheme = schemeEnd > 0;
        if (hasScheme) rest = rest[(schemeEnd + 3)..];
        var hostEnd = rest.IndexOfAny(['/', '?', '#']);
        var host = (hostEnd < 0 ? rest : rest[..hostEnd]).ToLowerInvariant();
        // Without a scheme, only something that starts like a host name is a link; "disdukcapil.berau" is a handle.
        if (!hasScheme && (hostEnd < 0 || rest[hostEnd] != '/' || !host.Contains('.') || host.StartsWith('@'))) return null;
        var tail = hostEnd < 0 ? "" : rest[hostEnd..];
        var fragment = tail.IndexOf('#');
        if (fragment >= 0) tail = tail[..fragment];
        var queryStart = tail.IndexOf('?');
        var query = queryStart >= 0 ? tail[(queryStart + 1)..] : "";
        var path = queryStart >= 0 ? tail[..queryStart] : tail;
        return new Link(host, path.Split('/', StringSplitOptions.RemoveEmptyEntries), query);
    }

    private static string? NameInPath(string platform, string[] segments, string query, out string reason)
    {
        reason = "is a link that names no account";
        if (segments.Length == 0) return null;
        var first = Uri.UnescapeDataString(segments[0]);
        string? Second() => segments.Length > 1 ? Uri.UnescapeDataString(segments[1]) : null;
        switch (platform)
        {
            case "tiktok" or "threads":
                // tiktok.com/@name, tiktok.com/@name/video/123, tiktok.com/@name/live
                if (first.StartsWith('@')) return first[1..];
                reason = $"is a {platform} link without the /@name of an account";
                return null;
            case "youtube":
                if (first.StartsWith('@')) return first[1..];
                if (first is "c" or "user" or "channel") return Second();
                reason = "is a YouTube link without the /@name or /channel/ of an account";
                return null;
            case "instagram":
                if (first == "stories") return Second();
                if (first is "p" or "reel" or "reels" or "tv" or "explore" or "accounts" or "direct")
                {
                    reason = "is a link to an Instagram post, which does not name the account; give the profile link or the @handle";
                    return null;
                }
                return first;
            case "facebook":
                if (first == "profile.php")
                {
                    var id = query.Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == "id" && p.Length == 2)?[1];
                    if (id is not null) return id;
                    reason = "is a Facebook profile link without its id";
                    return null;
                }
                if (first == "people") return segments.Length > 2 ? Uri.UnescapeDataString(segments[2]) : null;
                if (first is "groups" or "watch" or "events" or "photo" or "photo.php" or "share" or "story.php" or "permalink.php" or "reel")
                {
                    reason = "is a link to a Facebook post, group or video, which does not name the account";
                    return null;
                }
                return first;
            case "x":
                if (first is "i" or "home" or "intent" or "search" or "hashtag" or "share" or "explore")
                {
                    reason = "is an X link that names no account";
                    return null;
                }
                return first.TrimStart('@');
            default:
                return null;
        }
    }

    private static SocialHandle? Refuse(Validator v, string field, string reason)
    {
        v.Add(field, reason);
        return null;
    }

    [GeneratedRegex("^[a-z0-9._-]+$")]
    private static partial Regex HandlePattern();
}
