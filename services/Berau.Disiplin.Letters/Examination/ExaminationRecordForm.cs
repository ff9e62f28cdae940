namespace Berau.Disiplin.Letters.Examination;

/// <summary>
/// A Berita Acara Pemeriksaan (BAP): the record of a closed examination, face to face or virtual. Signed by the
/// examiner(s) and the examined employee; when the employee refuses, the refusal and its reason are written down
/// and the BAP stays valid. The employee has the right to a copy.
/// </summary>
public sealed record ExaminationRecordForm
{
    public required EmploymentRegime Regime { get; init; }
    public required Letterhead Letterhead { get; init; }

    /// <summary>The BAP number, as the service numbered it.</summary>
    public required string Number { get; init; }

    /// <summary>When the examination started; printed as "hari Selasa tanggal 8 Desember 2026 pukul 09.00 WITA".</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>Where: a room, or the virtual meeting it was held in.</summary>
    public required string Place { get; init; }

    /// <summary>The examiner, or the members of the tim pemeriksa in the order they sign.</summary>
    public required IReadOnlyList<Official> Examiners { get; init; }

    /// <summary>The summons the examination answers, e.g. "Surat Panggilan I Nomor 800.1.6.2/118/DKPS/XII/2026 tanggal 4 Desember 2026"; null when none is cited.</summary>
    public string? SummonsReference { get; init; }

    public required Person Examined { get; init; }

    /// <summary>The alleged act in words (a verb phrase, as in the summons).</summary>
    public required string AllegedAct { get; init; }

    /// <summary>The questions and answers in order. Empty when the record carries a <see cref="Statement"/> instead.</summary>
    public IReadOnlyList<QuestionAnswer> Questions { get; init; } = [];

    /// <summary>The examined employee's statement (keterangan) in their words, when it is taken as one text.</summary>
    public string? Statement { get; init; }

    /// <summary>The examiner's finding (hasil pemeriksaan), in words.</summary>
    public required string Finding { get; init; }

    /// <summary>Null when the examined employee signed; otherwise the reason they gave for refusing.</summary>
    public string? RefusalReason { get; init; }

    /// <summary>Whether the examined employee received a copy, and when.</summary>
    public required CopyToExamined Copy { get; init; }

    /// <summary>Where and on which day the record is signed (normally the examination's place and day).</summary>
    public required PlaceAndDate SignedAt { get; init; }

    public RegimeWording? Wording { get; init; }
}

/// <summary>One question of the examiner and the examined employee's answer.</summary>
public sealed record QuestionAnswer(string Question, string Answer);

/// <summary>
/// The copy of the BAP for the examined employee: given on a day, or not (yet) given. PP 94/2021 gives the employee
/// the right to it, so the record says which.
/// </summary>
public sealed record CopyToExamined(bool Given, DateOnly? GivenOn = null)
{
    public static CopyToExamined GivenOnDay(DateOnly day) => new(true, day);
    public static readonly CopyToExamined NotGiven = new(false);
}
