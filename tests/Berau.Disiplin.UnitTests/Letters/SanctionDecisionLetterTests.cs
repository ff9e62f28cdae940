using System.Text.RegularExpressions;
using Berau.Disiplin.Letters;
using Berau.Disiplin.Letters.Decisions;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.UnitTests.Letters;

public sealed class SanctionDecisionLetterTests
{
    private static readonly LetterRenderer Renderer = new();

    private static string Render(SanctionDecisionLetter letter) => PdfText.Of(Renderer.RenderSanctionDecision(letter));

    [Fact]
    public void Seed_case_decision_names_the_clerk_the_written_warning_the_act_and_the_deciding_kepala_seksi()
    {
        var text = Render(SeedCaseLetters.Decision);

        Assert.Contains("KEPUTUSAN KEPALA SEKSI PELAYANAN IDENTITAS PENDUDUK", text);
        Assert.Contains("NOMOR 800/112/DKPS-PIP/XII/2026", text);
        Assert.Contains("TENTANG PENJATUHAN HUKUMAN DISIPLIN TEGURAN TERTULIS", text);
        Assert.Contains("Menimbang", text);
        Assert.Contains("Mengingat", text);
        Assert.Contains("Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara", text);
        Assert.Contains("Peraturan Badan Kepegawaian Negara Nomor 6 Tahun 2022", text);
        Assert.Contains("MEMUTUSKAN:", text);
        Assert.Contains("Menetapkan", text);
        Assert.Contains("KESATU : Menjatuhkan hukuman disiplin tingkat ringan berupa teguran tertulis kepada:", text);
        Assert.Contains("Nama : Rina Wulandari", text);
        Assert.Contains("NIP : 199203152015032001", text);
        Assert.Contains("Jabatan : Pengadministrasi Layanan Kependudukan", text);
        Assert.Contains("Unit Kerja : Loket Pelayanan Disdukcapil", text);
        Assert.Contains("karena " + SeedCaseLetters.Act + ", yang melanggar ketentuan Pasal 3 huruf e dan huruf f", text);
        Assert.Contains("Berita Acara Pemeriksaan Nomor 800/107/DKPS-PIP/XII/2026 tanggal 1 Desember 2026", text);
        Assert.Contains("Ditetapkan di Tanjung Redeb pada tanggal 4 Desember 2026", text);
        Assert.Contains("Andi Saputra NIP 198604182009031003", text);
        Assert.Contains("Kepala Seksi Pelayanan Identitas Penduduk,", text);
        Assert.Contains("Tembusan Yth.:", text);
    }

    [Fact]
    public void Seed_case_decision_gives_the_keberatan_to_the_superior_with_its_last_day_and_the_day_15_from_receipt()
    {
        var text = Render(SeedCaseLetters.Decision);

        Assert.Contains("KEDUA : Terhadap Keputusan ini, Saudara Rina Wulandari dapat mengajukan keberatan secara tertulis " +
                        "kepada Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Berau dalam jangka waktu " +
                        "14 (empat belas) hari kerja terhitung sejak tanggal Keputusan ini diterima, yaitu paling lambat 24 Desember 2026.", text);
        Assert.Contains("KETIGA : Keputusan ini mulai berlaku pada hari ke-15 terhitung sejak tanggal diterima oleh yang bersangkutan.", text);
        Assert.Contains("Apabila diajukan keberatan, Keputusan ini berlaku sesuai dengan keputusan atas keberatan tersebut.", text);
    }

    [Fact]
    public void Decision_shows_no_sanction_code_no_machine_date_and_no_english()
    {
        var text = Render(SeedCaseLetters.Decision);

        Assert.DoesNotMatch(@"\b[RSB][1-3]\b", text);
        Assert.DoesNotContain("2026-12-04", text);
        Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}", text);
        string[] english = ["the", "and", "of", "decision", "sanction", "warning", "written", "objection", "appeal", "days", "within", "until", "letter"];
        var words = Regex.Split(text.ToLowerInvariant(), @"[^\p{L}]+").ToHashSet();
        var leaked = english.Where(words.Contains).ToArray();
        Assert.True(leaked.Length == 0, "English in the letter: " + string.Join(", ", leaked));
    }

    [Fact]
    public void Day_counts_are_worded_as_the_policy_gives_them()
    {
        var text = Render(SeedCaseLetters.Decision with
        {
            Appeal = SeedCaseLetters.Decision.Appeal! with { Window = new(21, DayCount.CalendarDays), LastDay = null },
            InForceOnDay = new(15, DayCount.WorkingDays),
        });

        Assert.Contains("dalam jangka waktu 21 (dua puluh satu) hari terhitung sejak tanggal Keputusan ini diterima.", text);
        Assert.Contains("mulai berlaku pada hari kerja ke-15 terhitung sejak tanggal diterima", text);
        Assert.DoesNotContain("paling lambat", text);
    }

    [Fact]
    public void Dismissal_goes_as_banding_administratif_to_bpasn_not_as_keberatan()
    {
        var text = Render(SeedCaseLetters.Decision with
        {
            DecidingOfficialTitle = "Bupati Berau",
            Sanction = "pemberhentian dengan hormat tidak atas permintaan sendiri sebagai Pegawai Negeri Sipil",
            Level = SanctionLevel.Heavy,
            Appeal = new(AppealKind.AdministrativeAppeal, "Badan Pertimbangan Aparatur Sipil Negara", new(14, DayCount.WorkingDays)),
            Signatory = new("Bambang Wijaya", "197606142005021001", "Bupati Berau"),
        });

        Assert.Contains("KEPUTUSAN BUPATI BERAU", text);
        Assert.Contains("TENTANG PENJATUHAN HUKUMAN DISIPLIN PEMBERHENTIAN DENGAN HORMAT TIDAK ATAS PERMINTAAN SENDIRI SEBAGAI PEGAWAI NEGERI SIPIL", text);
        Assert.Contains("hukuman disiplin tingkat berat berupa pemberhentian dengan hormat", text);
        Assert.Contains("dapat mengajukan banding administratif kepada Badan Pertimbangan Aparatur Sipil Negara dalam jangka waktu 14 (empat belas) hari kerja", text);
        Assert.Contains("Apabila diajukan banding administratif, Keputusan ini berlaku sesuai dengan keputusan atas banding administratif tersebut.", text);
        Assert.DoesNotContain("keberatan", text);
    }

    [Fact]
    public void A_decision_after_a_second_missed_summons_rests_on_the_evidence_without_examination()
    {
        var text = Render(SeedCaseLetters.Decision with
        {
            Grounds = new DecisionGrounds.AbsentAfterSecondSummons("800/104/DKPS-PIP/XI/2026", new(2026, 11, 30)),
        });

        Assert.Contains("tidak memenuhi Surat Panggilan II Nomor 800/104/DKPS-PIP/XI/2026 tanggal 30 November 2026 tanpa alasan yang sah", text);
        Assert.Contains("berdasarkan alat bukti dan keterangan yang ada tanpa dilakukan pemeriksaan", text);
        Assert.DoesNotContain("Berita Acara Pemeriksaan Nomor", text);
    }

    [Fact]
    public void A_decision_with_no_remedy_to_print_has_three_dicta()
    {
        var text = Render(SeedCaseLetters.Decision with { Appeal = null });

        Assert.Contains("KEDUA : Keputusan ini mulai berlaku pada hari ke-15", text);
        Assert.Contains("KETIGA : Keputusan ini disampaikan secara tertutup", text);
        Assert.DoesNotContain("KEEMPAT", text);
        Assert.DoesNotContain("Apabila diajukan", text);
    }

    [Fact]
    public void Rank_is_printed_when_given_and_a_pppk_is_identified_by_ni_pppk()
    {
        var pns = Render(SeedCaseLetters.Decision with { Employee = SeedCaseLetters.Clerk with { Rank = "Pengatur (II/c)" } });
        Assert.Contains("Pangkat/Golongan Ruang : Pengatur (II/c)", pns);

        var pppk = Render(SeedCaseLetters.Decision with
        {
            Regime = EmploymentRegime.Pppk,
            Employee = new("Siti Aminah", "199507302023212004", "Operator Layanan Operasional", "Loket Pelayanan Disdukcapil", "V"),
        });
        Assert.Contains("NI PPPK : 199507302023212004", pppk);
        Assert.Contains("Golongan : V", pppk);
        Assert.DoesNotContain("NIP : 199507302023212004", pppk);
    }

    [Fact]
    public void Sanction_given_as_a_code_is_refused()
    {
        var ex = Assert.Throws<ValidationFailedException>(() =>
            Renderer.RenderSanctionDecision(SeedCaseLetters.Decision with { Sanction = "R2" }));
        Assert.Contains(ex.Violations, v => v.Field == "sanction");
    }

    [Fact]
    public void A_letter_number_that_shows_the_sanction_code_is_refused()
    {
        var ex = Assert.Throws<ValidationFailedException>(() => Renderer.RenderSanctionDecision(
            SeedCaseLetters.Decision with { Number = "800.1.6.4/0001/R2/DISDUKCAPIL/2026" }));
        Assert.Contains(ex.Violations, v => v.Field == "number" && v.Reason.Contains("R2"));
    }

    [Fact]
    public void A_machine_date_in_the_input_is_refused_rather_than_printed()
    {
        var ex = Assert.Throws<ValidationFailedException>(() =>
            Renderer.RenderSanctionDecision(SeedCaseLetters.Decision with { Act = SeedCaseLetters.Act + " pada 2026-11-24" }));
        Assert.Contains("2026-11-24", ex.Message);
    }

    [Fact]
    public void Missing_input_is_refused_naming_every_field()
    {
        var ex = Assert.Throws<ValidationFailedException>(() => Renderer.RenderSanctionDecision(SeedCaseLetters.Decision with
        {
            Number = " ",
            ViolatedProvisions = [],
            Employee = SeedCaseLetters.Clerk with { IdNumber = "" },
        }));
        Assert.Equal(["employee.id_number", "number", "violated_provisions"], ex.Violations.Select(v => v.Field).Order().ToArray());
    }
}
