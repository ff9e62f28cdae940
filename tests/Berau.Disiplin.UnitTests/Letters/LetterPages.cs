using UglyToad.PdfPig;

namespace Berau.Disiplin.UnitTests.Letters;

/// <summary>Geometry checks on rendered pages: every glyph inside the margins, the fonts embedded.</summary>
public static class LetterPages
{
    private const double Cm = 72 / 2.54;

    /// <summary>No line runs into the margins: left 2.5 cm, right 2 cm, top and bottom 1.5 cm (a little slack for glyph overhang).</summary>
    public static void AssertInsideMargins(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            var outside = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) &&
                (l.BoundingBox.Left < 2.5 * Cm - 1 || l.BoundingBox.Right > page.Width - 2 * Cm + 1 ||
                 l.BoundingBox.Bottom < 1.5 * Cm || l.BoundingBox.Top > page.Height - 1.5 * Cm)).ToList();
            Assert.True(outside.Count == 0,
                $"page {page.Number}: {outside.Count} glyphs outside the margins, first '{outside.FirstOrDefault()?.Value}' at {outside.FirstOrDefault()?.BoundingBox}");
        }
    }
}
