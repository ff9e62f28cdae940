using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Berau.Disiplin.Primitives;

/// <summary>
/// Keyset paging as Google's AIP-158 describes it: a page size with a default and a ceiling, and an opaque page
/// token that carries the last key of the previous page and the filter it was made for, so a token replayed with
/// another filter is refused instead of silently skipping rows.
/// </summary>
public static class PageToken
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>0 means the default; above the ceiling is coerced to it (AIP-158); negative is refused.</summary>
    public static int PageSize(Validator v, int requested, int max = MaxPageSize)
    {
        if (requested < 0) v.Add("page_size", "must not be negative");
        return requested <= 0 ? Math.Min(DefaultPageSize, max) : Math.Min(requested, max);
    }

    public static string Encode(string filter, params string[] lastKey) =>
        Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes((string[])[filter, .. lastKey]));

    /// <summary>The last key of the previous page, or null for the first page (or when the token is refused).</summary>
    public static string[]? Decode(Validator v, string? token, string filter, int keyLength)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            var parts = JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(token));
            if (parts is { Length: > 0 } && parts.Length == keyLength + 1 && parts[0] == filter) return parts[1..];
            v.Add("page_token", "belongs to another query; start again without a page token");
            return null;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            v.Add("page_token", "is not a page token this service issued");
            return null;
        }
    }

    /// <summary>A token for lists ordered by a time and an id, newest first.</summary>
    public static string EncodeTimeAndId(string filter, DateTimeOffset at, Guid id) =>
        Encode(filter, at.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture), id.ToString());

    public static (DateTimeOffset At, Guid Id)? DecodeTimeAndId(Validator v, string? token, string filter)
    {
        if (Decode(v, token, filter, keyLength: 2) is not { } key) return null;
        if (long.TryParse(key[0], System.Globalization.CultureInfo.InvariantCulture, out var ticks)
            && ticks is >= 0 && ticks <= DateTimeOffset.MaxValue.UtcTicks && Guid.TryParse(key[1], out var id))
            return (new DateTimeOffset(ticks, TimeSpan.Zero), id);
        v.Add("page_token", "is not a page token this service issued");
        return null;
    }

    /// <summary>A stable description of a query's filter, to bind its page tokens to it.</summary>
    public static string Filter(params string?[] values) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            Encoding.UTF8.GetBytes(string.Join('\u001f', values.Select(x => x ?? "")))))[..16];
}
