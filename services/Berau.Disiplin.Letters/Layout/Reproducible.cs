using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Berau.Disiplin.Letters.Layout;

/// <summary>
/// PDFsharp 6.2.4 draws three values at random on every save: the six-letter tag of each embedded font subset
/// ("DFTAXB+DejaVu Serif") and the XMP DocumentID and InstanceID. This rewrites each from a seed taken from the
/// letter, byte for byte in place with values of the same length, so every object offset in the cross-reference
/// table stays true and the file stays valid.
/// </summary>
internal static partial class Reproducible
{
    public static void Normalize(byte[] pdf, string seed)
    {
        // Latin-1 maps every byte to one char and back, so a match's index is its byte offset.
        var text = Encoding.Latin1.GetString(pdf);

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in SubsetTag().Matches(text))
        {
            if (!tags.TryGetValue(m.Value, out var tag))
                tags[m.Value] = tag = Letters(Hash(seed, "font", tags.Count), 6);
            Encoding.ASCII.GetBytes(tag, 0, tag.Length, pdf, m.Index);
        }

        var ids = 0;
        foreach (Match m in XmpUuid().Matches(text))
        {
            var uuid = new Guid(Hash(seed, "xmp", ids++).AsSpan(0, 16)).ToString("D");
            Encoding.ASCII.GetBytes(uuid, 0, uuid.Length, pdf, m.Index);
        }
    }

    /// <summary>16 bytes a PDF trailer can carry as its /ID, taken from the seed.</summary>
    public static string TrailerId(string seed) => Encoding.Latin1.GetString(Hash(seed, "id", 0), 0, 16);

    private static byte[] Hash(string seed, string purpose, int index) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{purpose}:{index}:{seed}"));

    private static string Letters(byte[] bytes, int count) =>
        string.Concat(bytes.Take(count).Select(b => (char)('A' + b % 26)));

    [GeneratedRegex(@"(?<=/(?:BaseFont|FontName)/)[A-Z]{6}(?=\+)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"(?<=<xmpMM:(?:DocumentID|InstanceID)>uuid:)[0-9a-fA-F-]{36}(?=</xmpMM:)")]
    private static partial Regex XmpUuid();
}
