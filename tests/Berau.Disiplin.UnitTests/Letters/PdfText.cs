using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Berau.Disiplin.UnitTests.Letters;

/// <summary>Reads a letter back the way a reader or a search index would: its words, in order, one space apart.</summary>
public static partial class PdfText
{
    public static string Of(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text);
        return Spaces().Replace(string.Join(" ", words), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
