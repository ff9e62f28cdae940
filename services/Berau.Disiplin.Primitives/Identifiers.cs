namespace Berau.Disiplin.Primitives;

/// <summary>
/// The one normaliser of employee identifiers, shared by every service: a NIP (<c>19971017 202003 2 712</c>), an NI
/// PPPK or a registry number (<c>ktr-bru-2024-0117</c>) is stored, compared and looked up without whitespace and in
/// upper case (<c>199710172020032712</c>, <c>KTR-BRU-2024-0117</c>), so every service answers the same employee for
/// every spelling of it. Use it on every read and write of such an identifier.
/// </summary>
public static class Identifiers
{
    /// <summary>Removes all whitespace and upper-cases (invariant); null becomes empty.</summary>
    public static string Normalise(string? value) =>
        string.Concat((value ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    /// <summary><see cref="Normalise"/>, keeping null as null (an optional identifier, a claim that may be absent).</summary>
    public static string? NormaliseOptional(string? value) => value is null ? null : Normalise(value);
}
