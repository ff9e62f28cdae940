using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.EndToEndTests.Infrastructure;

namespace Berau.Disiplin.EndToEndTests.Discipline;

/// <summary>Issue 11, item 5: a NIP spelled with spaces (as people type it) names the same employee in every service.</summary>
[Collection(SuiteCollection.Name)]
public sealed class IdentifierSpellingTests(SuiteHost suite)
{
    private static string Spaced(string nip) => $" {nip[..8]} {nip[8..14]} {nip[14]} {nip[15..]} ";

    [Fact]
    public async Task A_spaced_nip_answers_the_same_record_and_cases_as_the_canonical_one()
    {
        var personnel = new PersonnelFixtures(suite);
        var clerk = await personnel.EmployeeAsync(await personnel.UnitAsync());
        // Reported with the spaces a citizen types: stored and carried to Discipline as the canonical NIP.
        var submitted = await suite.ReportingClient.SubmitReportAsync(ReportRequests.PersonalLive(Spaced(clerk.Nip)), SuiteHost.As(Roles.Reporter));
        await suite.ReportingClient.ConfirmReportAsync(ReportRequests.Confirmation(submitted.ReportId), SuiteHost.As(Roles.Verifier));
        var @case = await suite.CaseForReportAsync(submitted.ReportId);
        Assert.Equal(clerk.Nip, @case.SubjectNip);

        var canonical = await suite.DisciplineClient.GetDisciplineRecordAsync(
            new GetDisciplineRecordRequest { Nip = clerk.Nip }, SuiteHost.As(Roles.Auditor));
        var spaced = await suite.DisciplineClient.GetDisciplineRecordAsync(
            new GetDisciplineRecordRequest { Nip = Spaced(clerk.Nip) }, SuiteHost.As(Roles.Auditor));
        Assert.Equal(clerk.Nip, spaced.Nip);
        Assert.NotEmpty(spaced.Cases);
        Assert.Equal(canonical.Cases.Select(c => c.CaseId), spaced.Cases.Select(c => c.CaseId));

        var listed = await suite.DisciplineClient.ListCasesAsync(
            new ListCasesRequest { SubjectNip = Spaced(clerk.Nip) }, SuiteHost.As(Roles.Auditor));
        Assert.Contains(listed.Cases, c => c.CaseId == @case.CaseId);
    }
}
