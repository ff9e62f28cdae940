using System.Globalization;
using Berau.Disiplin.Letters.Decisions;
using Berau.Disiplin.Primitives;

namespace Berau.Disiplin.Letters;

/// <summary>
/// Every word the letters print that is not input, in one place, in official Indonesian (tata naskah dinas). What the
/// regulation sources disagree on (which days count, article numbers, the appeal's addressee) is never written here:
/// it arrives as input and is only put into words here.
/// </summary>
public static class LetterWording
{
    public const string BerauGovernment = "PEMERINTAH KABUPATEN BERAU";
    public const string TanjungRedeb = "Tanjung Redeb";
    public const string Confidential = "Rahasia";

    // ----- Labels -----
    public const string NumberLabel = "Nomor";
    public const string NatureLabel = "Sifat";
    public const string AttachmentsLabel = "Lampiran";
    public const string SubjectLabel = "Hal";
    public const string NameLabel = "Nama";
    public const string PositionLabel = "Jabatan";
    public const string UnitLabel = "Unit Kerja";
    public const string DayDateLabel = "Hari/Tanggal";
    public const string TimeLabel = "Jam";
    public const string PlaceLabel = "Tempat";
    public const string CarbonCopiesHeading = "Tembusan Yth.:";
    public const string DearPrefix = "Yth. Saudara";
    public const string AtPlace = "di Tempat";

    /// <summary>The labels and the name of the violation for each regime.</summary>
    public static RegimeWording For(EmploymentRegime regime) => regime switch
    {
        EmploymentRegime.Pns => new("NIP", "Pangkat/Golongan Ruang", "pelanggaran disiplin", ContractLetterTitle),
        EmploymentRegime.Pppk => new("NI PPPK", "Golongan", "pelanggaran disiplin", ContractLetterTitle),
        EmploymentRegime.Contract => new("Nomor Registrasi", "Golongan", "pelanggaran ketentuan perjanjian kerja", ContractLetterTitle),
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, null),
    };

    public const string ContractLetterTitle = "SURAT TEGURAN";

    // ----- Summons (surat panggilan) -----
    public static string SummonsSubject(int round) => round == 1 ? "Panggilan I" : "Panggilan II";

    public static string SummonsOpening(IReadOnlyList<string> legalBasis) =>
        $"Berdasarkan {JoinList(legalBasis)}, dengan ini Saudara:";

    public const string SummonsAppearBefore = "diminta hadir untuk menghadap kepada:";
    public const string SummonsOn = "pada:";

    public static string SummonsPurpose(RegimeWording words, string allegedAct) =>
        $"untuk diperiksa sehubungan dengan dugaan {words.Violation}, yaitu {Sentence(allegedAct)}";

    public static string SecondSummonsReference(Summons.MissedSummons missed) =>
        $"Menunjuk Surat Panggilan I Nomor {missed.Number} tanggal {Wita.Indonesian(missed.LetterDate)}, " +
        $"Saudara tidak memenuhi panggilan untuk diperiksa pada tanggal {Wita.Indonesian(missed.ExaminationDate)}. " +
        "Oleh karena itu, Saudara dipanggil kembali untuk kedua kalinya.";

    /// <summary>
    /// What follows a second absence: the decision rests on the evidence, without an examination. A contract staff
    /// member's letter says "keputusan" instead of "hukuman disiplin".
    /// </summary>
    public static string SecondSummonsWarning(EmploymentRegime regime) => regime == EmploymentRegime.Contract
        ? "Apabila Saudara kembali tidak memenuhi panggilan ini tanpa alasan yang sah, keputusan atas dugaan " +
          "pelanggaran tersebut diambil berdasarkan alat bukti dan keterangan yang ada tanpa dilakukan pemeriksaan."
        : "Apabila Saudara kembali tidak memenuhi panggilan ini tanpa alasan yang sah, pejabat yang berwenang " +
          "menghukum menjatuhkan hukuman disiplin berdasarkan alat bukti dan keterangan yang ada tanpa dilakukan pemeriksaan.";

    public const string SummonsClosing = "Demikian untuk dilaksanakan.";

    // ----- Berita Acara Pemeriksaan -----
    public const string ExaminationTitle = "BERITA ACARA PEMERIKSAAN";

    public static string ExaminationOpening(DateTimeOffset startedAt, string place) =>
        $"Pada hari ini {DayName(startedAt)} tanggal {Wita.Indonesian(Wita.LocalDate(startedAt))} pukul {Clock(startedAt)}, " +
        $"bertempat di {Sentence(place, end: false)}, yang bertanda tangan di bawah ini:";

    public static string ExaminersRole(int count, string? summonsReference) =>
        (count == 1 ? "selaku pemeriksa" : "selaku tim pemeriksa") +
        (summonsReference is null ? "" : $", berdasarkan {Sentence(summonsReference, end: false)}") +
        ", telah melakukan pemeriksaan terhadap:";

    public static string ExaminationSuspicion(RegimeWording words, string allegedAct) =>
        $"karena yang bersangkutan diduga melakukan {words.Violation}, yaitu {Sentence(allegedAct)}";

    public const string QuestionsHeading = "Pertanyaan dan jawaban:";
    public const string StatementHeading = "Keterangan yang diperiksa:";
    public const string QuestionLabel = "Pertanyaan";
    public const string AnswerLabel = "Jawaban";
    public const string FindingHeading = "Hasil pemeriksaan:";

    public const string ExaminationClosing =
        "Demikian Berita Acara Pemeriksaan ini dibuat dengan sebenarnya, dibacakan kembali kepada yang diperiksa, " +
        "dan ditandatangani pada hari dan tanggal tersebut di atas.";

    /// <summary>PP 94/2021: a refusal is noted and the BAP stays valid.</summary>
    public static string RefusalNote(string reason) =>
        $"Yang diperiksa menolak menandatangani Berita Acara Pemeriksaan ini dengan alasan {Sentence(reason, lowerFirst: true)} " +
        "Penolakan tersebut tidak mengurangi keabsahan Berita Acara Pemeriksaan ini.";

    public static string CopyNote(Examination.CopyToExamined copy) => copy switch
    {
        { Given: true, GivenOn: { } day } =>
            $"Salinan Berita Acara Pemeriksaan ini telah diberikan kepada yang diperiksa pada tanggal {Wita.Indonesian(day)}.",
        { Given: true } => "Salinan Berita Acara Pemeriksaan ini telah diberikan kepada yang diperiksa.",
        _ => "Salinan Berita Acara Pemeriksaan ini belum diberikan kepada yang diperiksa; yang diperiksa berhak menerimanya.",
    };

    public const string ExaminedSigns = "Yang Diperiksa,";
    public const string ExaminerSigns = "Pemeriksa,";
    public const string ExaminersSign = "Tim Pemeriksa,";
    public const string RefusedToSign = "(menolak menandatangani)";

    // ----- Keputusan Hukuman Disiplin -----
    public const string DecisionTitle = "KEPUTUSAN";
    public const string About = "TENTANG";
    public const string Considering = "Menimbang";
    public const string Recalling = "Mengingat";
    public const string Deciding = "MEMUTUSKAN:";
    public const string Enacting = "Menetapkan";

    public static string DecisionAbout(string sanction) => $"PENJATUHAN HUKUMAN DISIPLIN {Upper(sanction)}";

    public static string SanctionPhrase(string sanction, SanctionLevel? level) => level is { } l
        ? $"hukuman disiplin tingkat {LevelName(l)} berupa {sanction}"
        : $"hukuman disiplin berupa {sanction}";

    public static string LevelName(SanctionLevel level) => level switch
    {
        SanctionLevel.Light => "ringan",
        SanctionLevel.Moderate => "sedang",
        SanctionLevel.Heavy => "berat",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>Menimbang a: what was established, and how.</summary>
    public static string GroundsClause(DecisionGrounds grounds, Person employee, RegimeWording words, string act) => grounds switch
    {
        DecisionGrounds.Examined e =>
            $"bahwa berdasarkan hasil pemeriksaan sebagaimana tertuang dalam Berita Acara Pemeriksaan Nomor {e.RecordNumber} " +
            $"tanggal {Wita.Indonesian(e.ExaminedOn)}, Saudara {employee.Name} {words.IdLabel} {employee.IdNumber} terbukti {Sentence(act, end: false)};",
        DecisionGrounds.AbsentAfterSecondSummons a =>
            $"bahwa Saudara {employee.Name} {words.IdLabel} {employee.IdNumber} tidak memenuhi Surat Panggilan II Nomor " +
            $"{a.SecondSummonsNumber} tanggal {Wita.Indonesian(a.SecondSummonsDate)} tanpa alasan yang sah, sehingga " +
            $"berdasarkan alat bukti dan keterangan yang ada tanpa dilakukan pemeriksaan, yang bersangkutan terbukti {Sentence(act, end: false)};",
        _ => throw new ArgumentOutOfRangeException(nameof(grounds)),
    };

    /// <summary>Menimbang b: the act breaches the cited provisions.</summary>
    public static string BreachClause(IReadOnlyList<string> provisions, string sanction, SanctionLevel? level) =>
        $"bahwa perbuatan sebagaimana dimaksud dalam huruf a melanggar ketentuan {JoinList(provisions)}, sehingga perlu " +
        $"dijatuhi {SanctionPhrase(sanction, level)};";

    public const string NeedClause =
        "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan " +
        "tentang Penjatuhan Hukuman Disiplin;";

    public static string Enactment(string officialTitle, string sanction) =>
        $"{DecisionTitle} {Upper(officialTitle)} {About} {DecisionAbout(sanction)}.";

    public static string ImposeClause(string sanction, SanctionLevel? level) =>
        $"Menjatuhkan {SanctionPhrase(sanction, level)} kepada:";

    public static string BecauseClause(string act, IReadOnlyList<string> provisions) =>
        $"karena {Sentence(act, end: false)}, yang melanggar ketentuan {JoinList(provisions)}.";

    /// <summary>The right to keberatan (to the deciding official's superior) or banding administratif (to BPASN).</summary>
    public static string AppealClause(AppealRight appeal, string employeeName, string documentNoun) =>
        appeal.Kind switch
        {
            AppealKind.Objection =>
                $"Terhadap {documentNoun} ini, Saudara {employeeName} dapat mengajukan keberatan secara tertulis kepada " +
                $"{appeal.AddressedTo} dalam jangka waktu {Days(appeal.Window)} terhitung sejak tanggal {documentNoun} ini diterima" +
                LastDay(appeal.LastDay) + ".",
            AppealKind.AdministrativeAppeal =>
                $"Terhadap {documentNoun} ini, Saudara {employeeName} dapat mengajukan banding administratif kepada " +
                $"{appeal.AddressedTo} dalam jangka waktu {Days(appeal.Window)} terhitung sejak tanggal {documentNoun} ini diterima, " +
                "dengan tembusan kepada Pejabat Pembina Kepegawaian" + LastDay(appeal.LastDay) + ".",
            _ => throw new ArgumentOutOfRangeException(nameof(appeal)),
        };

    private static string LastDay(DateOnly? lastDay) =>
        lastDay is { } d ? $", yaitu paling lambat {Wita.Indonesian(d)}" : "";

    /// <summary>"mulai berlaku pada hari ke-15 terhitung sejak tanggal diterima" (PP 94/2021: from receipt).</summary>
    public static string InForceClause(DayPeriod inForce, AppealKind? appeal, string documentNoun)
    {
        var day = inForce.Count == DayCount.WorkingDays ? $"hari kerja ke-{inForce.Days}" : $"hari ke-{inForce.Days}";
        var text = $"{documentNoun} ini mulai berlaku pada {day} terhitung sejak tanggal diterima oleh yang bersangkutan.";
        return appeal switch
        {
            AppealKind.Objection => text + $" Apabila diajukan keberatan, {documentNoun} ini berlaku sesuai dengan keputusan atas keberatan tersebut.",
            AppealKind.AdministrativeAppeal => text + $" Apabila diajukan banding administratif, {documentNoun} ini berlaku sesuai dengan keputusan atas banding administratif tersebut.",
            _ => text,
        };
    }

    public const string InForceOnReceipt = "Surat ini berlaku sejak tanggal diterima oleh yang bersangkutan.";

    public const string DeliveryClause =
        "Keputusan ini disampaikan secara tertutup kepada yang bersangkutan untuk diketahui dan dilaksanakan sebagaimana mestinya.";

    public const string DecisionNoun = "Keputusan";
    public const string EnactedAt = "Ditetapkan di";
    public const string EnactedOn = "pada tanggal";

    /// <summary>KESATU, KEDUA, ... as a decision numbers its dicta.</summary>
    public static string Dictum(int index) => index switch
    {
        1 => "KESATU",
        2 => "KEDUA",
        3 => "KETIGA",
        4 => "KEEMPAT",
        5 => "KELIMA",
        6 => "KEENAM",
        _ => "KE" + Upper(NumberInWords(index)),
    };

    // ----- Contract staff: Surat Teguran (never PP 94/2021, never "hukuman disiplin") -----
    public static string ContractGrounds(DecisionGrounds grounds) => grounds switch
    {
        DecisionGrounds.Examined e =>
            $"Berdasarkan hasil pemeriksaan sebagaimana tertuang dalam Berita Acara Pemeriksaan Nomor {e.RecordNumber} " +
            $"tanggal {Wita.Indonesian(e.ExaminedOn)}, Saudara:",
        DecisionGrounds.AbsentAfterSecondSummons a =>
            $"Saudara tidak memenuhi Surat Panggilan II Nomor {a.SecondSummonsNumber} tanggal {Wita.Indonesian(a.SecondSummonsDate)} " +
            "tanpa alasan yang sah, sehingga berdasarkan alat bukti dan keterangan yang ada, Saudara:",
        _ => throw new ArgumentOutOfRangeException(nameof(grounds)),
    };

    public static string ContractFinding(string act, IReadOnlyList<string> provisions) =>
        $"terbukti {Sentence(act, end: false)}, yang tidak sesuai dengan {JoinList(provisions)}.";

    public static string ContractMeasure(IReadOnlyList<string> legalBases, string sanction) =>
        $"Sehubungan dengan hal tersebut dan berdasarkan {JoinList(legalBases)}, dengan ini kepada Saudara diberikan " +
        $"{sanction}. Saudara diminta untuk tidak mengulangi perbuatan tersebut.";

    public const string ContractNoun = "Surat";
    public const string ContractClosing = "Demikian surat ini disampaikan untuk diperhatikan dan dilaksanakan.";

    // ----- Dates, times, numbers -----
    private static readonly string[] DayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    /// <summary>"Selasa": the day in Berau (WITA) at that instant.</summary>
    public static string DayName(DateTimeOffset instant) => DayNames[(int)Wita.LocalDate(instant).DayOfWeek];

    public static string DayName(DateOnly date) => DayNames[(int)date.DayOfWeek];

    /// <summary>"Selasa, 8 Desember 2026".</summary>
    public static string DayAndDate(DateTimeOffset instant) => $"{DayName(instant)}, {Wita.Indonesian(Wita.LocalDate(instant))}";

    /// <summary>"09.00 WITA".</summary>
    public static string Clock(DateTimeOffset instant)
    {
        var local = Wita.ToLocal(instant);
        return string.Create(CultureInfo.InvariantCulture, $"{local.Hour:00}.{local.Minute:00} WITA");
    }

    /// <summary>"Tanjung Redeb, 4 Desember 2026".</summary>
    public static string PlaceDate(PlaceAndDate placeAndDate) => $"{placeAndDate.Place}, {Wita.Indonesian(placeAndDate.Date)}";

    /// <summary>"14 (empat belas) hari kerja" or "14 (empat belas) hari".</summary>
    public static string Days(DayPeriod period) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{period.Days} ({NumberInWords(period.Days)}) {(period.Count == DayCount.WorkingDays ? "hari kerja" : "hari")}");

    private static readonly string[] Units =
        ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

    /// <summary>The number in Indonesian words (terbilang): 14 → "empat belas", 21 → "dua puluh satu".</summary>
    public static string NumberInWords(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return n switch
        {
            < 12 => Units[n],
            < 20 => Units[n - 10] + " belas",
            < 100 => Units[n / 10] + " puluh" + Tail(n % 10),
            < 200 => "seratus" + Tail(n - 100),
            < 1000 => Units[n / 100] + " ratus" + Tail(n % 100),
            < 2000 => "seribu" + Tail(n - 1000),
            < 1_000_000 => NumberInWords(n / 1000) + " ribu" + Tail(n % 1000),
            _ => n.ToString(CultureInfo.InvariantCulture),
        };

        static string Tail(int rest) => rest == 0 ? "" : " " + NumberInWords(rest);
    }

    /// <summary>"A", "A dan B", "A, B, dan C".</summary>
    public static string JoinList(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0].Trim(),
        2 => $"{items[0].Trim()} dan {items[1].Trim()}",
        _ => string.Join(", ", items.Take(items.Count - 1).Select(i => i.Trim())) + ", dan " + items[^1].Trim(),
    };

    /// <summary>Capitals as a heading writes them.</summary>
    public static string Upper(string text) => text.Trim().ToUpper(CultureInfo.InvariantCulture);

    /// <summary>Trims an input phrase and ends it with one full stop (or none), so input with or without one reads alike.</summary>
    internal static string Sentence(string text, bool end = true, bool lowerFirst = false)
    {
        var t = text.Trim().TrimEnd('.', ';', ',').TrimEnd();
        if (lowerFirst && t.Length > 1 && char.IsUpper(t[0]) && !char.IsUpper(t[1]))
            t = char.ToLowerInvariant(t[0]) + t[1..];
        return end ? t + "." : t;
    }
}
