using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Reporting.Verification;
using DomainFact = Berau.Disiplin.Reporting.Reports.AggravatingFact;
using DomainImpact = Berau.Disiplin.Reporting.Reports.Impact;

namespace Berau.Disiplin.UnitTests.Reporting;

/// <summary>A verifier's request becomes a command only when every field is right; otherwise all faults are named at once.</summary>
public sealed class VerificationRequestTests
{
    private static ConfirmReportRequest AConfirmation() => new()
    {
        ReportId = Guid.CreateVersion7().ToString(),
        Findings = "  Terbukti live pribadi  ",
        BapNumber = "BAP 800/017",
        AggravatingFacts = { AggravatingFact.InUniform, AggravatingFact.LiveBroadcast },
    };

    [Fact]
    public void Confirmation_becomes_a_command_with_trimmed_findings_and_the_verifier_from_the_token()
    {
        var request = AConfirmation();

        var command = ConfirmReportMapping.ToCommand(request, verifiedBy: "kabid-pelayanan");

        Assert.Equal(Guid.Parse(request.ReportId), command.ReportId);
        Assert.Equal("kabid-pelayanan", command.VerifiedBy);
        Assert.Equal("Terbukti live pribadi", command.Verification.Findings);
        Assert.Equal([DomainFact.InUniform, DomainFact.LiveBroadcast], command.Verification.AggravatingFacts);
    }

    [Fact]
    public void Confirmation_that_does_not_weigh_the_impact_keeps_the_lightest()
    {
        var command = ConfirmReportMapping.ToCommand(AConfirmation(), verifiedBy: "kabid-pelayanan");

        Assert.Equal(DomainImpact.Unit, command.Verification.Impact);
    }

    [Fact]
    public void Every_fault_of_a_confirmation_is_named_at_once()
    {
        var request = AConfirmation();
        request.ReportId = "bukan-uuid";
        request.Findings = " ";
        request.AggravatingFacts.Add(AggravatingFact.Unspecified);
        request.AbsenceDaysThisYear = 2;
        request.ConsecutiveAbsenceDays = 3;

        var refusal = Assert.Throws<ValidationFailedException>(() => ConfirmReportMapping.ToCommand(request, "kabid-pelayanan"));

        Assert.Equal(["report_id", "findings", "aggravating_facts[2]", "consecutive_absence_days"],
            refusal.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Dismissal_needs_a_report_and_a_reason()
    {
        var refusal = Assert.Throws<ValidationFailedException>(() =>
            DismissReportMapping.ToCommand(new DismissReportRequest { Reason = "  " }, "inspektorat"));

        Assert.Equal(["report_id", "reason"], refusal.Violations.Select(v => v.Field));
    }

    [Fact]
    public void Assignment_names_a_verifier()
    {
        var id = Guid.CreateVersion7();

        var command = AssignVerifierMapping.ToCommand(new AssignVerifierRequest { ReportId = id.ToString(), Verifier = " inspektur-1 " });

        Assert.Equal(new AssignVerifier(id, "inspektur-1"), command);
    }
}
