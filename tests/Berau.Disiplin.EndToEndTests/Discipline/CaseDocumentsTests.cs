using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
using Grpc.Core;
using UglyToad.PdfPig;

namespace Berau.Disiplin.EndToEndTests.Discipline;

/// <summary>
/// The case's letters as Discipline stores and serves them (docs/letters.md), through the public API on real PostgreSQL
/// and RabbitMQ: summons I, the BAP and the Keputusan of a case heard and decided, read back with PdfPig.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed partial class CaseDocumentsTests(SuiteHost suite)
{
    private readonly CaseFactory _cases = new(suite);
    private HearingSteps Steps => _cases.Steps;
    private DisciplineService.DisciplineServiceClient Discipline => suite.DisciplineClient;

    [Fact]
    public async Task The_hearing_and_the_decision_store_three_letters_whose_text_and_hash_are_what_the_case_says()
    {
        var (org, clerk, opened) = await _cases.OpenAsync();
        var heard = await Steps.HearAsync(opened);
        var decided = await Steps.DecideAsync(heard, heard.Hearing.DecisionOfficial.Nip);

        var listed = (await Discipline.ListCaseDocumentsAsync(new ListCaseDocumentsRequest { CaseId = decided.CaseId },
            SuiteHost.As(Roles.Auditor))).Documents;
        Assert.Equal(["SURAT_PANGGILAN_I", "BERITA_ACARA_PEMERIKSAAN", "KEPUTUSAN_HUKUMAN_DISIPLIN"], listed.Select(d => d.Kind));
        Assert.All(listed, d => Assert.True(d.Content.IsEmpty && d.SizeBytes > 0 && d.MediaType == "application/pdf"));
        Assert.Equal(decided.Sanction.LetterNumber, listed[2].Number);
        Assert.DoesNotContain("R2", decided.Sanction.LetterNumber, StringComparison.Ordinal);
        Assert.DoesNotContain("R1", decided.Sanction.LetterNumber, StringComparison.Ordinal);

        var stored = decided.Timeline.Where(t => t.Action == "DocumentStored").Select(t => t.Detail).ToList();
        Assert.Equal(3, stored.Count);
        var today = Wita.Indonesian(Wita.Today(TimeProvider.System));
        var texts = new List<string>();
        foreach (var info in listed)
        {
            // As the employee would read her own letter.
            var document = await Discipline.GetCaseDocumentAsync(
                new GetCaseDocumentRequest { CaseId = decided.CaseId, DocumentId = info.Id }, HearingSteps.Employee(clerk.Nip));
            var bytes = document.Content.ToByteArray();
            var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
            Assert.Equal((info.Sha256, info.Number, info.SizeBytes), (document.Sha256, document.Number, (long)bytes.Length));
            Assert.Equal(sha, document.Sha256);
            Assert.Contains(stored, d => d.Contains($"Nomor {info.Number} (document {info.Id}); sha256 {sha}", StringComparison.Ordinal));

            var text = TextOf(bytes);
            texts.Add(text);
            Assert.Contains(clerk.Name, text, StringComparison.Ordinal);
            Assert.Contains(clerk.Nip, text, StringComparison.Ordinal);
            Assert.Contains(info.Number, text, StringComparison.Ordinal);
            Assert.Contains(today, text, StringComparison.Ordinal);
            Assert.DoesNotContain("R2", text, StringComparison.Ordinal);
            Assert.False(IsoDate().IsMatch(text), $"{info.Kind} prints a machine date: {IsoDate().Match(text).Value}");
        }

        var (summons, bap, decision) = (texts[0], texts[1], texts[2]);
        Assert.Contains("Panggilan I", summons, StringComparison.Ordinal);
        Assert.Contains(org.KepalaSeksi.Name, summons, StringComparison.Ordinal);
        Assert.Contains("BERITA ACARA PEMERIKSAAN", bap, StringComparison.Ordinal);
        Assert.Contains("Saya mengakui melakukan siaran langsung", bap, StringComparison.Ordinal);
        Assert.Contains("teguran tertulis", decision, StringComparison.Ordinal);
        Assert.Contains("Ditetapkan di Tanjung Redeb", decision, StringComparison.Ordinal);
        Assert.Contains($"pada tanggal {today}", decision, StringComparison.Ordinal);
        // The signatory, the deciding official the case names.
        Assert.Contains(decided.Sanction.DecidedByOfficial.Name, decision, StringComparison.Ordinal);
        Assert.Contains(decided.Sanction.DecidedByOfficial.Nip, decision, StringComparison.Ordinal);
        // The keberatan right, from receipt: the last day is known only after delivery.
        Assert.Contains("dapat mengajukan keberatan", decision, StringComparison.Ordinal);
        Assert.Contains("terhitung sejak tanggal Keputusan ini diterima", decision, StringComparison.Ordinal);
        Assert.Contains("hari kerja", decision, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_ids_are_not_found_bad_ids_invalid_and_an_employee_cannot_read_another_employees_letters()
    {
        var (_, clerk, opened) = await _cases.OpenAsync();
        var atasan = (await Steps.WithAtasanAsync(opened)).Hearing.AtasanLangsung.Nip;
        var summoned = await Steps.SummonAsync(opened, atasan);
        var auditor = SuiteHost.As(Roles.Auditor);
        var document = (await Discipline.ListCaseDocumentsAsync(new ListCaseDocumentsRequest { CaseId = summoned.CaseId }, auditor))
            .Documents.Single();

        var unknownDocument = await Assert.ThrowsAsync<RpcException>(() => Discipline.GetCaseDocumentAsync(
            new GetCaseDocumentRequest { CaseId = summoned.CaseId, DocumentId = Guid.NewGuid().ToString() }, auditor).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknownDocument.StatusCode);
        var unknownCase = await Assert.ThrowsAsync<RpcException>(() => Discipline.ListCaseDocumentsAsync(
            new ListCaseDocumentsRequest { CaseId = Guid.NewGuid().ToString() }, auditor).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknownCase.StatusCode);
        // A document is found only under its own case.
        var (_, _, other) = await _cases.OpenAsync();
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => Discipline.GetCaseDocumentAsync(
            new GetCaseDocumentRequest { CaseId = other.CaseId, DocumentId = document.Id }, auditor).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, elsewhere.StatusCode);

        var invalid = await Assert.ThrowsAsync<RpcException>(() => Discipline.GetCaseDocumentAsync(
            new GetCaseDocumentRequest { CaseId = "nope", DocumentId = "" }, auditor).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, invalid.StatusCode);
        Assert.Contains("case_id", invalid.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("document_id", invalid.Status.Detail, StringComparison.Ordinal);

        var stranger = HearingSteps.Employee(other.SubjectNip);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() => Discipline.GetCaseDocumentAsync(
            new GetCaseDocumentRequest { CaseId = summoned.CaseId, DocumentId = document.Id }, stranger).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() => Discipline.ListCaseDocumentsAsync(
            new ListCaseDocumentsRequest { CaseId = summoned.CaseId }, stranger).ResponseAsync)).StatusCode);
        var own = await Discipline.ListCaseDocumentsAsync(new ListCaseDocumentsRequest { CaseId = summoned.CaseId },
            HearingSteps.Employee(clerk.Nip));
        Assert.Single(own.Documents);
    }

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Spaces().Replace(string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}\b")]
    private static partial Regex IsoDate();
}
