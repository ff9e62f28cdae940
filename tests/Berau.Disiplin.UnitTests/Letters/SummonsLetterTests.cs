using Berau.Disiplin.Letters;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.UnitTests.Letters;

public sealed class SummonsLetterTests
{
    private static readonly LetterRenderer Renderer = new();

    [Fact]
    public void First_summons_asks_the_clerk_to_appear_before_her_kepala_seksi_on_a_day_and_hour_in_wita()
    {
        var text = PdfText.Of(Renderer.RenderFirstSummons(SeedCaseLetters.FirstSummons));

        Assert.Contains("PEMERINTAH KABUPATEN BERAU DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", text);
        Assert.Contains("Tanjung Redeb, 25 November 2026", text);
        Assert.Contains("Nomor : 800/101/DKPS-PIP/XI/2026", text);
        Assert.Contains("Sifat : Rahasia", text);
        Assert.Contains("Lampiran : -", text);
        Assert.Contains("Hal : Panggilan I", text);
        Assert.Contains("Yth. Saudara Rina Wulandari", text);
        Assert.Contains("Berdasarkan Pasal 26 Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil, dengan ini Saudara:", text);
        Assert.Contains("Nama : Rina Wulandari NIP : 199203152015032001 Jabatan : Pengadministrasi Layanan Kependudukan Unit Kerja : Loket Pelayanan Disdukcapil", text);
        Assert.Contains("diminta hadir untuk menghadap kepada: Nama : Andi Saputra NIP : 198604182009031003 Jabatan : Kepala Seksi Pelayanan Identitas Penduduk", text);
        Assert.Contains("Hari/Tanggal : Jumat, 27 November 2026", text);
        Assert.Contains("Jam : 09.00 WITA", text);
        Assert.Contains("Tempat : Ruang Rapat Dinas Kependudukan dan Pencatatan Sipil Kabupaten Berau", text);
        Assert.Contains("untuk diperiksa sehubungan dengan dugaan pelanggaran disiplin, yaitu " + SeedCaseLetters.Act, text);
        Assert.Contains("Demikian untuk dilaksanakan.", text);
        Assert.Contains("Tembusan Yth.: 1. Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Berau;", text);
        Assert.DoesNotContain("Panggilan II", text);
        Assert.DoesNotContain("alat bukti", text);
    }

    [Fact]
    public void Second_summons_cites_the_missed_first_and_warns_the_decision_then_rests_on_the_evidence()
    {
        var text = PdfText.Of(Renderer.RenderSecondSummons(SeedCaseLetters.SecondSummons, SeedCaseLetters.MissedFirst));

        Assert.Contains("Hal : Panggilan II", text);
        Assert.Contains("Menunjuk Surat Panggilan I Nomor 800/101/DKPS-PIP/XI/2026 tanggal 25 November 2026, Saudara tidak " +
                        "memenuhi panggilan untuk diperiksa pada tanggal 27 November 2026.", text);
        Assert.Contains("Hari/Tanggal : Selasa, 1 Desember 2026", text);
        Assert.Contains("Apabila Saudara kembali tidak memenuhi panggilan ini tanpa alasan yang sah, pejabat yang berwenang " +
                        "menghukum menjatuhkan hukuman disiplin berdasarkan alat bukti dan keterangan yang ada tanpa dilakukan pemeriksaan.", text);
    }

    [Fact]
    public void The_hour_is_berau_local_time_whatever_offset_the_instant_carries()
    {
        // 01.00 UTC is 09.00 WITA on the same Tuesday.
        var letter = SeedCaseLetters.SecondSummons with { ExaminationAt = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero) };
        var text = PdfText.Of(Renderer.RenderSecondSummons(letter, SeedCaseLetters.MissedFirst));

        Assert.Contains("Hari/Tanggal : Selasa, 1 Desember 2026 Jam : 09.00 WITA", text);
    }

    [Fact]
    public void A_virtual_examination_prints_its_link_as_the_place_wrapped_inside_the_margins()
    {
        const string link = "https://vicon.beraukab.go.id/ruang/pemeriksaan-disiplin-disdukcapil-2026-12-sesi-pagi-ruang-a?pwd=7Q2xkP";
        var letter = SeedCaseLetters.FirstSummons with { ExaminationPlace = "secara virtual melalui " + link };
        var pdf = Renderer.RenderFirstSummons(letter);

        Assert.Contains("secara virtual melalui", PdfText.Of(pdf));
        Assert.Contains(link, PdfText.Of(pdf).Replace(" ", ""));
        LetterPages.AssertInsideMargins(pdf);
    }

    [Fact]
    public void A_summons_without_legal_basis_or_with_the_hearing_before_the_letter_is_refused()
    {
        var ex = Assert.Throws<ValidationFailedException>(() => Renderer.RenderFirstSummons(SeedCaseLetters.FirstSummons with
        {
            LegalBasis = [],
            ExaminationAt = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(8)),
        }));
        Assert.Equal(["examination_at", "legal_basis"], ex.Violations.Select(v => v.Field).Order().ToArray());
    }
}
