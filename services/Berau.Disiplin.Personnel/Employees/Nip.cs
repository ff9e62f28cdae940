using System.Globalization;
using System.Text.RegularExpressions;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Personnel.Employees;

/// <summary>
/// The identifiers of employees: the NIP of a PNS, the NI PPPK of a PPPK (both 18 digits) and the registry number of
/// contract staff (tenaga kontrak/honorer). Each check returns null when the identifier is acceptable, otherwise
/// the reason, written for the HR operator who typed it.
/// </summary>
public static partial class Nip
{
    public const int Length = 18;
    public const int MaxLength = 30;
    /// <summary>PP 11/2017 Pasal 23: a CPNS applicant is at least 18 years old.</summary>
    public const int MinimumAgeAtAppointment = 18;

    /// <summary>Removes the spaces people type between the groups (<c>19860926 201505 1 001</c>) and upper-cases letters.</summary>
    public static string Normalise(string? value) => Identifiers.Normalise(value);

    /// <summary>
    /// An employee's identifier in a request that names one (any kind: the employee decides which checks apply):
    /// normalised, required and of a plausible length; a violation on <paramref name="field"/> otherwise.
    /// </summary>
    public static string Parse(Validator v, string field, string? text)
    {
        var nip = Normalise(text);
        v.Required(field, nip).MaxLength(field, nip, MaxLength);
        return nip;
    }

    /// <summary>
    /// NIP PNS (Perka BKN 22/2007): birth date <c>yyyyMMdd</c>, CPNS appointment (TMT) <c>yyyyMM</c>, sex 1 (male) or
    /// 2 (female), a 3-digit sequence. The dates must be real, the appointment after the birth at an age of at least
    /// 18 and not in the future.
    /// </summary>
    public static string? CheckPns(string nip, DateOnly today)
    {
        if (ShapeOf(nip) is { } shape) return shape + " (PNS NIP: birth date yyyyMMdd, CPNS appointment yyyyMM, sex 1/2, sequence)";
        if (BirthDateOf(nip, today, out var birth) is { } birthError) return birthError;

        var tmt = nip[8..14];
        if (!DateOnly.TryParseExact(tmt + "01", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var appointed))
            return $"digits 9–14 must be the CPNS appointment as yyyyMM; '{tmt}' is not a month";
        if (appointed <= birth)
            return $"the CPNS appointment {Month(appointed)} (digits 9–14) is not after the birth date {Wita.Iso(birth)} (digits 1–8)";
        if (appointed.Year - birth.Year < MinimumAgeAtAppointment)
            return $"the CPNS appointment {Month(appointed)} would make the employee {appointed.Year - birth.Year} years old; " +
                   $"a CPNS is at least {MinimumAgeAtAppointment}";
        if (appointed > today)
            return $"the CPNS appointment {Month(appointed)} (digits 9–14) is in the future";

        var sex = nip[14];
        if (sex is not ('1' or '2')) return $"digit 15 is the sex and must be 1 (male) or 2 (female), not '{sex}'";
        if (nip[15..] == "000") return "digits 16–18 are a sequence number, which starts at 001";
        return null;
    }

    /// <summary>
    /// NI PPPK: 18 digits starting with the birth date. The layout of the rest is unverified (reference §4.2, §8 item 9),
    /// so only the length and a plausible birth date are checked.
    /// </summary>
    public static string? CheckPppk(string nip, DateOnly today)
    {
        if (ShapeOf(nip) is { } shape) return shape + " (NI PPPK)";
        return BirthDateOf(nip, today, out _);
    }

    /// <summary>
    /// A registry number (contract staff, an official), against the configured pattern; <paramref name="what"/> names
    /// it in the reason.
    /// </summary>
    public static string? CheckRegistryNumber(string number, Regex pattern, string patternDescription, string what) =>
        pattern.IsMatch(number) ? null : $"{what} must be {patternDescription}";

    private static string? ShapeOf(string nip)
    {
        if (nip.Length != Length) return $"must be {Length} digits, not {nip.Length} characters";
        return AllDigits().IsMatch(nip) ? null : "must hold digits only";
    }

    private static string? BirthDateOf(string nip, DateOnly today, out DateOnly birth)
    {
        var text = nip[..8];
        if (!DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out birth))
            return $"digits 1–8 must be the birth date as yyyyMMdd; '{text}' is not a date";
        if (birth.Year < 1900) return $"the birth date {Wita.Iso(birth)} (digits 1–8) is not plausible";
        if (birth > today.AddYears(-MinimumAgeAtAppointment))
            return $"the birth date {Wita.Iso(birth)} (digits 1–8) would make the employee younger than {MinimumAgeAtAppointment}";
        return null;
    }

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex AllDigits();
}
