using System.Security.Cryptography;
using Berau.Disiplin.Letters;
using UglyToad.PdfPig;

namespace Berau.Disiplin.UnitTests.Letters;

/// <summary>A stored letter's SHA-256 must be reproducible from its input: same input, same bytes.</summary>
public sealed class LetterDeterminismTests
{
    [Theory]
    [MemberData(nameof(LetterLayoutTests.Documents), MemberType = typeof(LetterLayoutTests))]
    public void The_same_letter_rendered_twice_is_byte_identical_with_the_same_sha256(string document)
    {
        var first = LetterLayoutTests.RenderSeed(document);
        var second = LetterLayoutTests.RenderSeed(document);

        Assert.Equal(first, second);
        Assert.Equal(Convert.ToHexString(SHA256.HashData(first)), Convert.ToHexString(SHA256.HashData(second)));
    }

    [Fact]
    public void Renderings_in_parallel_are_all_identical()
    {
        var renderings = new byte[8][];
        Parallel.For(0, renderings.Length, i =>
            renderings[i] = new LetterRenderer().RenderSanctionDecision(SeedCaseLetters.Decision));

        Assert.All(renderings, r => Assert.Equal(renderings[0], r));
    }

    [Fact]
    public void Another_letter_gets_other_bytes_and_another_document_id()
    {
        var renderer = new LetterRenderer();
        var a = renderer.RenderSanctionDecision(SeedCaseLetters.Decision);
        var b = renderer.RenderSanctionDecision(SeedCaseLetters.Decision with { Number = "800/113/DKPS-PIP/XII/2026" });

        Assert.NotEqual(a, b);
        Assert.NotEqual(TrailerId(a), TrailerId(b));
    }

    [Fact]
    public void The_pdf_claims_the_letters_own_date_as_its_creation_date()
    {
        using var pdf = PdfDocument.Open(new LetterRenderer().RenderSanctionDecision(SeedCaseLetters.Decision));

        // 4 December 2026, 00.00 WITA, written in UTC so the bytes do not depend on the server's time zone.
        Assert.Equal("D:20261203160000+00'00'", pdf.Information.CreationDate);
    }

    [Fact]
    public void Without_the_deterministic_option_each_rendering_is_stamped_anew()
    {
        var renderer = new LetterRenderer(new LetterRenderOptions { Deterministic = false });
        var a = renderer.RenderSanctionDecision(SeedCaseLetters.Decision);
        var b = renderer.RenderSanctionDecision(SeedCaseLetters.Decision);

        Assert.NotEqual(a, b);
        Assert.Equal(PdfText.Of(a), PdfText.Of(b));
    }

    private static string TrailerId(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("/ID[<", StringComparison.Ordinal);
        Assert.True(at >= 0);
        return text.Substring(at + 5, 32);
    }
}
