namespace Berau.Disiplin.Discipline.Documents;

/// <summary>The kinds of letter a case stores.</summary>
public static class DocumentKinds
{
    public const string FirstSummons = "SURAT_PANGGILAN_I";
    public const string SecondSummons = "SURAT_PANGGILAN_II";
    public const string ExaminationRecord = "BERITA_ACARA_PEMERIKSAAN";
    public const string SanctionDecision = "KEPUTUSAN_HUKUMAN_DISIPLIN";

    /// <summary>How the timeline names each kind.</summary>
    public static string Title(string kind) => kind switch
    {
        FirstSummons => "Surat Panggilan I",
        SecondSummons => "Surat Panggilan II",
        ExaminationRecord => "Berita Acara Pemeriksaan",
        SanctionDecision => "Keputusan Hukuman Disiplin",
        _ => kind,
    };
}

/// <summary>
/// A letter of a case as rendered and signed: stored once and never changed (there is no update path; a changed
/// decision is a new document). <see cref="Sha256"/> is the hex SHA-256 of <see cref="Content"/>, also on the timeline.
/// </summary>
public sealed class CaseDocument
{
    private CaseDocument() { }

    public CaseDocument(Guid id, Guid caseId, string kind, string number, byte[] content, DateTimeOffset createdAt)
    {
        Id = id;
        CaseId = caseId;
        Kind = kind;
        Number = number;
        Content = content;
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content));
        CreatedAt = createdAt;
    }

    public Guid Id { get; private init; }
    public Guid CaseId { get; private init; }
    public string Kind { get; private init; } = "";
    public string Number { get; private init; } = "";
    public string Sha256 { get; private init; } = "";
#pragma warning disable CA1819 // The stored bytes, as EF maps them to bytea.
    public byte[] Content { get; private init; } = [];
#pragma warning restore CA1819
    public DateTimeOffset CreatedAt { get; private init; }
    public const string MediaType = "application/pdf";
}
