using Berau.Disiplin.Letters;
using Berau.Disiplin.Letters.Examination;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.UnitTests.Letters;

public sealed class ExaminationRecordFormTests
{
    private static readonly LetterRenderer Renderer = new();

    private static string Render(ExaminationRecordForm form) => PdfText.Of(Renderer.RenderExaminationRecord(form));

    [Fact]
    public void Seed_case_bap_records_when_where_who_examined_whom_the_questions_and_the_finding()
    {
        var text = Render(SeedCaseLetters.ExaminationRecord);

        Assert.Contains("BERITA ACARA PEMERIKSAAN Nomor 800/107/DKPS-PIP/XII/2026", text);
        Assert.Contains("Pada hari ini Selasa tanggal 1 Desember 2026 pukul 09.00 WITA, bertempat di Ruang Rapat Dinas " +
                        "Kependudukan dan Pencatatan Sipil Kabupaten Berau, yang bertanda tangan di bawah ini:", text);
        Assert.Contains("Nama : Andi Saputra NIP : 198604182009031003 Jabatan : Kepala Seksi Pelayanan Identitas Penduduk " +
                        "selaku pemeriksa, berdasarkan Surat Panggilan II Nomor 800/104/DKPS-PIP/XI/2026 tanggal 30 November 2026, " +
                        "telah melakukan pemeriksaan terhadap:", text);
        Assert.Contains("Nama : Rina Wulandari NIP : 199203152015032001", text);
        Assert.Contains("karena yang bersangkutan diduga melakukan pelanggaran disiplin, yaitu " + SeedCaseLetters.Act + ".", text);
        Assert.Contains("1. Pertanyaan : Apakah Saudara dalam keadaan sehat jasmani dan rohani", text);
        Assert.Contains("Jawaban : Akun pribadi saya. Siaran itu bukan kegiatan resmi Dinas", text);
        Assert.Contains("5. Pertanyaan : Apakah pada saat itu Saudara mengenakan seragam dinas", text);
        Assert.Contains("Hasil pemeriksaan: Yang diperiksa mengakui telah " + SeedCaseLetters.Act, text);
        Assert.Contains("Demikian Berita Acara Pemeriksaan ini dibuat dengan sebenarnya", text);
        Assert.Contains("Salinan Berita Acara Pemeriksaan ini telah diberikan kepada yang diperiksa pada tanggal 1 Desember 2026.", text);
        Assert.Contains("Yang Diperiksa,", text);
        Assert.Contains("Pemeriksa,", text);
        Assert.DoesNotContain("menolak", text);
    }

    [Fact]
    public void A_refusal_to_sign_is_written_down_with_its_reason_and_shown_in_the_signature_space()
    {
        var text = Render(SeedCaseLetters.ExaminationRecord with
        {
            RefusalReason = "merasa siaran tersebut tidak mengganggu pelayanan.",
            Copy = CopyToExamined.NotGiven,
        });

        Assert.Contains("Yang diperiksa menolak menandatangani Berita Acara Pemeriksaan ini dengan alasan merasa siaran " +
                        "tersebut tidak mengganggu pelayanan. Penolakan tersebut tidak mengurangi keabsahan Berita Acara Pemeriksaan ini.", text);
        Assert.Contains("(menolak menandatangani)", text);
        Assert.Contains("Salinan Berita Acara Pemeriksaan ini belum diberikan kepada yang diperiksa; yang diperiksa berhak menerimanya.", text);
    }

    [Fact]
    public void A_tim_pemeriksa_lists_and_signs_every_member()
    {
        Official inspektorat = new("Agus Priyanto", "198312302008011001", "Auditor Ahli Muda Inspektorat Daerah");
        Official bkpsdm = new("Dewi Lestari", "199001232014022001", "Analis Sumber Daya Manusia Aparatur Ahli Pertama");
        var text = Render(SeedCaseLetters.ExaminationRecord with
        {
            Examiners = [SeedCaseLetters.KepalaSeksi, inspektorat, bkpsdm],
        });

        Assert.Contains("1. Nama : Andi Saputra", text);
        Assert.Contains("2. Nama : Agus Priyanto NIP : 198312302008011001", text);
        Assert.Contains("3. Nama : Dewi Lestari NIP : 199001232014022001", text);
        Assert.Contains("selaku tim pemeriksa", text);
        Assert.Contains("Tim Pemeriksa,", text);
        Assert.Contains("Agus Priyanto NIP 198312302008011001", text);
        Assert.Contains("Dewi Lestari NIP 199001232014022001", text);
    }

    [Fact]
    public void A_statement_may_stand_instead_of_questions()
    {
        var text = Render(SeedCaseLetters.ExaminationRecord with
        {
            Questions = [],
            Statement = "Saya mengakui melakukan siaran langsung dengan akun pribadi dan tidak akan mengulanginya.",
        });

        Assert.Contains("Keterangan yang diperiksa: Saya mengakui melakukan siaran langsung", text);
        Assert.DoesNotContain("Pertanyaan", text);
    }

    [Fact]
    public void A_record_without_questions_or_statement_or_with_a_blank_refusal_reason_is_refused()
    {
        var ex = Assert.Throws<ValidationFailedException>(() => Renderer.RenderExaminationRecord(SeedCaseLetters.ExaminationRecord with
        {
            Questions = [],
            Statement = null,
            RefusalReason = " ",
            Examiners = [],
        }));
        Assert.Equal(["examiners", "questions", "refusal_reason"], ex.Violations.Select(v => v.Field).Order().ToArray());
    }
}
