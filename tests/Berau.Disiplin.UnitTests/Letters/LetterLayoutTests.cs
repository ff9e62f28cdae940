using Berau.Disiplin.Letters;
using Berau.Disiplin.Letters.Examination;
using UglyToad.PdfPig;

namespace Berau.Disiplin.UnitTests.Letters;

public sealed class LetterLayoutTests
{
    private static readonly LetterRenderer Renderer = new();

    public static TheoryData<string> Documents => ["summons-1", "summons-2", "bap", "decision", "contract"];

    public static byte[] RenderSeed(string document) => document switch
    {
        "summons-1" => Renderer.RenderFirstSummons(SeedCaseLetters.FirstSummons),
        "summons-2" => Renderer.RenderSecondSummons(SeedCaseLetters.SecondSummons, SeedCaseLetters.MissedFirst),
        "bap" => Renderer.RenderExaminationRecord(SeedCaseLetters.ExaminationRecord),
        "decision" => Renderer.RenderSanctionDecision(SeedCaseLetters.Decision),
        "contract" => Renderer.RenderSanctionDecision(SeedCaseLetters.ContractLetter),
        _ => throw new ArgumentOutOfRangeException(nameof(document)),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_line_of_the_seed_letters_stays_inside_the_margins(string document) =>
        LetterPages.AssertInsideMargins(RenderSeed(document));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Text_is_real_text_in_the_embedded_dejavu_serif(string document)
    {
        using var pdf = PdfDocument.Open(RenderSeed(document));
        var page = pdf.GetPage(1);
        Assert.NotEmpty(page.Letters);
        Assert.All(page.Letters, l => Assert.Contains("DejaVu", l.FontName));
        Assert.Contains("PEMERINTAH KABUPATEN BERAU", PdfText.Of(RenderSeed(document)));
    }

    [Fact]
    public void The_first_summons_of_the_seed_case_fits_on_one_a4_page()
    {
        using var pdf = PdfDocument.Open(RenderSeed("summons-1"));
        Assert.Equal(1, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        Assert.Equal(595, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
    }

    [Fact]
    public void A_long_record_flows_onto_numbered_pages_and_stays_inside_the_margins()
    {
        var questions = Enumerable.Range(1, 30).Select(i => new QuestionAnswer(
            $"Pertanyaan ke-{i} tentang kejadian di loket pelayanan, termasuk siapa saja yang melihat siaran tersebut dan berapa lama warga menunggu?",
            $"Jawaban ke-{i}: saya menjelaskan kejadian tersebut dengan sebenarnya, termasuk bahwa siaran dilakukan dengan akun pribadi."))
            .ToList();
        var bytes = Renderer.RenderExaminationRecord(SeedCaseLetters.ExaminationRecord with { Questions = questions });

        using var pdf = PdfDocument.Open(bytes);
        Assert.True(pdf.NumberOfPages >= 3);
        var text = PdfText.Of(bytes);
        Assert.Contains("- 2 -", text);
        Assert.Contains("30. Pertanyaan : Pertanyaan ke-30", text);
        // The signature blocks close the last page.
        var lastPage = string.Join(" ", pdf.GetPage(pdf.NumberOfPages).GetWords().Select(w => w.Text));
        Assert.Contains("NIP 199203152015032001", lastPage);
        Assert.Contains("NIP 198604182009031003", lastPage);
        LetterPages.AssertInsideMargins(bytes);
    }

    [Fact]
    public void Signature_names_line_up_even_when_the_examined_employee_refused_to_sign()
    {
        foreach (var refusal in new[] { null, "merasa siaran tersebut tidak mengganggu pelayanan" })
        {
            var bytes = Renderer.RenderExaminationRecord(SeedCaseLetters.ExaminationRecord with { RefusalReason = refusal });
            using var pdf = PdfDocument.Open(bytes);
            var words = pdf.GetPage(pdf.NumberOfPages).GetWords().ToList();
            var examined = words.Last(w => w.Text == "Wulandari").BoundingBox.Bottom;
            var examiner = words.Last(w => w.Text == "Saputra").BoundingBox.Bottom;
            Assert.Equal(examined, examiner, 0.5);
        }
    }

    [Fact]
    public void A_long_name_position_and_unit_wrap_inside_the_margins()
    {
        var letter = SeedCaseLetters.Decision with
        {
            Employee = SeedCaseLetters.Clerk with
            {
                Name = "Rina Wulandari Kusumaningtyas Puspitasari Ayuningsih, S.Kom., M.Si.",
                Position = "Pengadministrasi Layanan Kependudukan pada Seksi Pelayanan Identitas Penduduk Bidang Pelayanan Pendaftaran Penduduk",
            },
            DecidingOfficialTitle = "Kepala Seksi Pelayanan Identitas Penduduk Bidang Pelayanan Pendaftaran Penduduk Dinas Kependudukan dan Pencatatan Sipil Kabupaten Berau",
        };
        LetterPages.AssertInsideMargins(Renderer.RenderSanctionDecision(letter));
    }
}
