using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Discipline;

/// <summary>Reading request fields into a command: each field is checked in the validator and read as a plain value.</summary>
internal static class RequestFields
{
    /// <summary>
    /// A required UUID field. When it is missing or malformed the validator holds the violation and the value reads as
    /// <see cref="Guid.Empty"/>, which never reaches a command: the request is refused at <c>ThrowIfInvalid</c> first.
    /// </summary>
    public static Guid RequiredUuid(this Validator v, string field, string? value) => v.Uuid(field, value) ?? Guid.Empty;
}
