namespace Berau.Disiplin.Letters.Summons;

/// <summary>
/// A surat panggilan (PP 94/2021 Pasal 26): the written summons of the atasan langsung to an examination. The same
/// record serves the first and the second summons; the second one also names the summons that was not attended
/// (<see cref="MissedSummons"/>).
/// </summary>
public sealed record SummonsLetter
{
    public required EmploymentRegime Regime { get; init; }
    public required Letterhead Letterhead { get; init; }

    /// <summary>The letter number, as the service numbered it (nomor surat).</summary>
    public required string Number { get; init; }

    /// <summary>sifat, e.g. "Rahasia" (the default: a discipline summons is delivered privately).</summary>
    public string Nature { get; init; } = LetterWording.Confidential;

    /// <summary>lampiran, e.g. "-" or "1 (satu) berkas".</summary>
    public string Attachments { get; init; } = "-";

    /// <summary>The employee summoned.</summary>
    public required Person Addressee { get; init; }

    /// <summary>When the examination starts; printed in WITA as "Selasa, 8 Desember 2026" and "09.00 WITA".</summary>
    public required DateTimeOffset ExaminationAt { get; init; }

    /// <summary>tempat: a room ("Ruang Rapat Dinas Kependudukan dan Pencatatan Sipil") or a virtual meeting link.</summary>
    public required string ExaminationPlace { get; init; }

    /// <summary>The official to appear before (menghadap kepada), normally the atasan langsung.</summary>
    public required Official Examiner { get; init; }

    /// <summary>
    /// The alleged act in words, as a verb phrase that follows "yaitu", e.g. "melakukan siaran langsung TikTok dengan
    /// akun pribadi pada jam kerja, berseragam, di loket pelayanan".
    /// </summary>
    public required string AllegedAct { get; init; }

    /// <summary>
    /// The legal basis of the summons as the policy cites it, e.g. "Pasal 26 Peraturan Pemerintah Nomor 94 Tahun 2021
    /// tentang Disiplin Pegawai Negeri Sipil". Data, never hard-coded: article numbers stay with the policy.
    /// For contract staff: the contract or the Peraturan Bupati.
    /// </summary>
    public required IReadOnlyList<string> LegalBasis { get; init; }

    public required PlaceAndDate SignedAt { get; init; }
    public required Official Signatory { get; init; }

    /// <summary>tembusan, in order.</summary>
    public IReadOnlyList<string> CarbonCopies { get; init; } = [];

    /// <summary>Overrides the regime's words (labels, the name of the violation) where the regency words them otherwise.</summary>
    public RegimeWording? Wording { get; init; }
}

/// <summary>The first summons that was not attended, as the second summons cites it.</summary>
public sealed record MissedSummons(string Number, DateOnly LetterDate, DateOnly ExaminationDate);
