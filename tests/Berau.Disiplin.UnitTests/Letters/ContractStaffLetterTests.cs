using Berau.Disiplin.Letters;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.UnitTests.Letters;

/// <summary>PP 94/2021 does not apply to tenaga kontrak: their letter cites the contract or the Perbup, never PP 94.</summary>
public sealed class ContractStaffLetterTests
{
    private static readonly LetterRenderer Renderer = new();

    [Fact]
    public void Contract_staff_get_a_surat_teguran_under_their_contract_never_a_hukuman_disiplin_or_pp_94()
    {
        var text = PdfText.Of(Renderer.RenderSanctionDecision(SeedCaseLetters.ContractLetter));

        Assert.Contains("SURAT TEGURAN Nomor 800/113/DKPS-PIP/XII/2026", text);
        Assert.Contains("Nomor Registrasi : KTR-BRU-2024-0117", text);
        Assert.Contains("terbukti " + SeedCaseLetters.Act + ", yang tidak sesuai dengan kewajiban menaati jam kerja", text);
        Assert.Contains("berdasarkan Perjanjian Kerja Nomor 800/017/DKPS-TK/I/2026 tanggal 2 Januari 2026, dengan ini kepada Saudara diberikan teguran tertulis.", text);
        Assert.Contains("Surat ini berlaku sejak tanggal diterima oleh yang bersangkutan.", text);
        Assert.Contains("Tanjung Redeb, 4 Desember 2026", text);

        Assert.DoesNotContain("hukuman disiplin", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("PP 94", text);
        Assert.DoesNotContain("94 Tahun 2021", text);
        Assert.DoesNotContain("Pegawai Negeri Sipil", text);
        Assert.DoesNotContain("KEPUTUSAN", text);
        Assert.DoesNotContain("NIP : KTR", text);
    }

    [Fact]
    public void A_contract_letter_that_cites_pp_94_or_calls_itself_a_hukuman_disiplin_is_refused()
    {
        var citesPp94 = Assert.Throws<ValidationFailedException>(() => Renderer.RenderSanctionDecision(
            SeedCaseLetters.ContractLetter with { LegalBases = [SeedCaseLetters.PpDisiplin] }));
        Assert.Contains(citesPp94.Violations, v => v.Field == "legal_bases[0]");

        var calledHukuman = Assert.Throws<ValidationFailedException>(() => Renderer.RenderSanctionDecision(
            SeedCaseLetters.ContractLetter with { Sanction = "hukuman disiplin teguran tertulis" }));
        Assert.Contains(calledHukuman.Violations, v => v.Field == "sanction");

        var withLevel = Assert.Throws<ValidationFailedException>(() => Renderer.RenderSanctionDecision(
            SeedCaseLetters.ContractLetter with { Level = SanctionLevel.Light }));
        Assert.Contains(withLevel.Violations, v => v.Field == "level");
    }

    [Fact]
    public void The_regency_may_name_the_contract_letter_and_the_violation_in_its_own_words()
    {
        var text = PdfText.Of(Renderer.RenderSanctionDecision(SeedCaseLetters.ContractLetter with
        {
            Wording = LetterWording.For(EmploymentRegime.Contract) with { ContractLetterTitle = "SURAT PERINGATAN PERTAMA" },
            InForceOnDay = new(15, DayCount.CalendarDays),
        }));

        Assert.Contains("SURAT PERINGATAN PERTAMA Nomor 800/113/DKPS-PIP/XII/2026", text);
        Assert.Contains("Surat ini mulai berlaku pada hari ke-15 terhitung sejak tanggal diterima", text);
        Assert.DoesNotContain("SURAT TEGURAN", text);
    }

    [Fact]
    public void A_second_summons_to_contract_staff_warns_of_a_decision_on_the_evidence_not_of_a_hukuman_disiplin()
    {
        var letter = SeedCaseLetters.SecondSummons with
        {
            Regime = EmploymentRegime.Contract,
            Addressee = SeedCaseLetters.ContractLetter.Employee,
            LegalBasis = ["Perjanjian Kerja Nomor 800/017/DKPS-TK/I/2026 tanggal 2 Januari 2026"],
        };
        var text = PdfText.Of(Renderer.RenderSecondSummons(letter, SeedCaseLetters.MissedFirst));

        Assert.Contains("sehubungan dengan dugaan pelanggaran ketentuan perjanjian kerja", text);
        Assert.Contains("keputusan atas dugaan pelanggaran tersebut diambil berdasarkan alat bukti dan keterangan yang ada", text);
        Assert.DoesNotContain("hukuman disiplin", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("94 Tahun 2021", text);
    }

    [Fact]
    public void A_contract_summons_that_cites_pp_94_is_refused_when_printed()
    {
        var letter = SeedCaseLetters.FirstSummons with { Regime = EmploymentRegime.Contract };
        var ex = Assert.Throws<ValidationFailedException>(() => Renderer.RenderFirstSummons(letter));
        Assert.Contains(ex.Violations, v => v.Field == "regime");
    }
}
