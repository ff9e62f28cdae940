using Berau.Disiplin.Primitives;
using Google.Protobuf.WellKnownTypes;

namespace Berau.Disiplin.Discipline;

/// <summary>Reading request fields into a command: each field is checked in the validator and read as a plain value.</summary>
internal static class RequestFields
{
    /// <summary>
    /// A required UUID field. When it is missing or malformed the validator holds the violation and the value reads as
    /// <see cref="Guid.Empty"/>, which never reaches a command: the request is refused at <c>ThrowIfInvalid</c> first.
    /// </summary>
    public static Guid RequiredUuid(this Validator v, string field, string? value) => v.Uuid(field, value) ?? Guid.Empty;

    /// <summary>A required instant; reads as <see cref="DateTimeOffset.MinValue"/> when the validator holds a violation.</summary>
    public static DateTimeOffset RequiredInstant(this Validator v, string field, Timestamp? value)
    {
        if (value is null)
        {
            v.Add(field, "is required");
            return DateTimeOffset.MinValue;
        }
        // A timestamp out of range (nanos above a second, a year past 9999) is no instant.
        if (value.Nanos is < 0 or > 999_999_999 || value.Seconds is < -62_135_596_800 or > 253_402_300_799)
        {
            v.Add(field, "is not a valid timestamp");
            return DateTimeOffset.MinValue;
        }
        return value.ToDateTimeOffset();
    }

    /// <summary>A required date as yyyy-MM-dd.</summary>
    public static DateOnly RequiredDate(this Validator v, string field, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) v.Add(field, "is required");
        else if (!Wita.TryParseIso(text, out var date)) v.Add(field, "must be a date as yyyy-MM-dd");
        else return date;
        return default;
    }

    /// <summary>An optional date as yyyy-MM-dd; null when empty.</summary>
    public static DateOnly? OptionalDate(this Validator v, string field, string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (Wita.TryParseIso(text, out var date)) return date;
        v.Add(field, "must be a date as yyyy-MM-dd");
        return null;
    }

    /// <summary>A required text, trimmed, at most <paramref name="max"/> characters.</summary>
    public static string RequiredText(this Validator v, string field, string? value, int max)
    {
        var text = value?.Trim() ?? "";
        v.Required(field, text).MaxLength(field, text, max);
        return text;
    }

    /// <summary>An optional text, trimmed, at most <paramref name="max"/> characters; null when empty.</summary>
    public static string? OptionalText(this Validator v, string field, string? value, int max)
    {
        var text = value?.Trim() ?? "";
        v.MaxLength(field, text, max);
        return text.Length > 0 ? text : null;
    }
}
