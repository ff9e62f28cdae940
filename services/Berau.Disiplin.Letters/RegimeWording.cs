namespace Berau.Disiplin.Letters;

/// <summary>
/// The words that change with the employee's regime. Defaults per regime come from <see cref="LetterWording.For"/>;
/// a regency that words a contract letter otherwise (its Perbup calls it "Surat Peringatan", say) passes its own.
/// </summary>
/// <param name="IdLabel">The label beside the employee's number: "NIP", "NI PPPK", "Nomor Registrasi".</param>
/// <param name="RankLabel">The label beside the rank: "Pangkat/Golongan Ruang", "Golongan".</param>
/// <param name="Violation">What the employee is suspected of: "pelanggaran disiplin", or for contract staff
/// "pelanggaran ketentuan perjanjian kerja".</param>
/// <param name="ContractLetterTitle">The title of a contract staff member's letter, "SURAT TEGURAN" by default.
/// Not used for PNS and PPPK, whose decision is a KEPUTUSAN.</param>
public sealed record RegimeWording(string IdLabel, string RankLabel, string Violation, string ContractLetterTitle);
