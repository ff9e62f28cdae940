using System.Security.Cryptography;

namespace Berau.Disiplin.Reporting.Reports;

/// <summary>
/// Tracking codes a reporter quotes to follow a report (kode pelacakan): "LPR-" and 10 characters of Crockford
/// base32, no I, L, O or U, so they read out over the phone without confusion. Random, so they reveal nothing.
/// </summary>
public static class TrackingCodes
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[10];
        RandomNumberGenerator.Fill(bytes);
        var chars = new char[10];
        for (var i = 0; i < chars.Length; i++) chars[i] = Alphabet[bytes[i] % 32];
        return $"LPR-{new string(chars, 0, 5)}-{new string(chars, 5, 5)}";
    }

    public static string Normalise(string? code) => (code ?? "").Trim().ToUpperInvariant();
}
