using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Transfers;
using DomainUnit = Berau.Disiplin.Personnel.Units.Unit;

namespace Berau.Disiplin.UnitTests.Personnel;

public sealed class TransferRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 2, 0, 0, TimeSpan.Zero);
    private static readonly DomainUnit Counters = DomainUnit.Create("DISDUKCAPIL.PELAYANAN", "Loket Pelayanan Disdukcapil", "DISDUKCAPIL", true, Now);
    private static readonly DomainUnit Tumbit = DomainUnit.Create("KAMPUNG-TUMBIT", "Kampung Tumbit", null, true, Now);

    private static Employee AClerk() => Employee.Register(new NewEmployee("199203152015032001", "Rina Wulandari",
        EmploymentType.Pns, Counters.Code, "Pengadministrasi Layanan Kependudukan", PositionLevel.Pelaksana), Now);

    [Fact]
    public void Transfer_moves_the_employee_and_records_from_where_to_where_by_which_decree()
    {
        var clerk = AClerk();
        var caseId = Guid.CreateVersion7();
        var transfer = clerk.TransferTo(Guid.CreateVersion7(), Tumbit, "Staf Pelayanan Kampung", "800/123/BKPSDM/2026",
            new DateOnly(2026, 12, 1), "Pembinaan pasca teguran tertulis", caseId, null, Now);

        Assert.Equal("KAMPUNG-TUMBIT", clerk.UnitCode);
        Assert.Equal("Staf Pelayanan Kampung", clerk.Position);
        Assert.Equal(("DISDUKCAPIL.PELAYANAN", "KAMPUNG-TUMBIT"), (transfer.FromUnitCode, transfer.ToUnitCode));
        Assert.Equal(("Pengadministrasi Layanan Kependudukan", "Staf Pelayanan Kampung"), (transfer.FromPosition, transfer.ToPosition));
        Assert.Equal("800/123/BKPSDM/2026", transfer.DecreeNumber);
        Assert.Equal(caseId, transfer.CaseId);
    }

    [Fact]
    public void Transfer_without_a_new_position_keeps_the_current_one()
    {
        var clerk = AClerk();
        var transfer = clerk.TransferTo(Guid.CreateVersion7(), Tumbit, null, "800/124", new DateOnly(2026, 12, 1), "Penyegaran", null, null, Now);
        Assert.Equal("Pengadministrasi Layanan Kependudukan", transfer.ToPosition);
        Assert.Equal("Pengadministrasi Layanan Kependudukan", clerk.Position);
    }

    [Fact]
    public void Transfer_to_the_unit_the_employee_is_in_is_refused_and_changes_nothing()
    {
        var clerk = AClerk();
        var refusal = Assert.Throws<InvalidStateException>(() => clerk.TransferTo(Guid.CreateVersion7(), Counters, "Lain",
            "800/125", new DateOnly(2026, 12, 1), "Salah unit", null, null, Now));
        Assert.Equal("ALREADY_IN_UNIT", refusal.CurrentState);
        Assert.Contains("already in unit DISDUKCAPIL.PELAYANAN", refusal.Message);
        Assert.Equal("Pengadministrasi Layanan Kependudukan", clerk.Position);
    }

    [Fact]
    public void Inactive_employee_is_not_transferred()
    {
        var clerk = AClerk();
        clerk.Update(null, null, null, EmployeeStatus.Inactive, Now);
        var refusal = Assert.Throws<InvalidStateException>(() => clerk.TransferTo(Guid.CreateVersion7(), Tumbit, null,
            "800/126", new DateOnly(2026, 12, 1), "Penyegaran", null, null, Now));
        Assert.Equal("INACTIVE", refusal.CurrentState);
        Assert.Equal("DISDUKCAPIL.PELAYANAN", clerk.UnitCode);
    }

    [Fact]
    public void Transfer_announces_EmployeeTransferred_with_the_move_the_decree_and_the_case()
    {
        var clerk = AClerk();
        var (caseId, reportId) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var transfer = clerk.TransferTo(Guid.CreateVersion7(), Tumbit, "Staf Pelayanan Kampung", "800/123/BKPSDM/2026",
            new DateOnly(2026, 12, 1), "Pembinaan pasca teguran tertulis", caseId, reportId, Now);

        var transferred = Assert.IsType<EmployeeTransferred>(Assert.Single(clerk.PendingEvents));
        Assert.Equal(Now, transferred.OccurredAt);
        Assert.NotEqual(Guid.Empty, transferred.EventId);
        Assert.Equal((transfer.Id, caseId, reportId), (transferred.TransferId, transferred.CaseId, transferred.ReportId));
        Assert.Equal("199203152015032001", transferred.SubjectNip);
        Assert.Equal(("DISDUKCAPIL.PELAYANAN", "KAMPUNG-TUMBIT", "Staf Pelayanan Kampung"),
            (transferred.FromUnitCode, transferred.ToUnitCode, transferred.ToPosition));
        Assert.Equal(("800/123/BKPSDM/2026", new DateOnly(2026, 12, 1)), (transferred.DecreeNumber, transferred.EffectiveDate));
    }

    [Fact]
    public void Transfer_outside_a_case_announces_no_case_or_report()
    {
        var clerk = AClerk();
        clerk.TransferTo(Guid.CreateVersion7(), Tumbit, null, "800/127", new DateOnly(2026, 12, 1), "Penyegaran", null, null, Now);
        var transferred = Assert.IsType<EmployeeTransferred>(Assert.Single(clerk.PendingEvents));
        Assert.Null(transferred.CaseId);
        Assert.Null(transferred.ReportId);
    }

    [Fact]
    public void Refused_transfer_announces_nothing()
    {
        var clerk = AClerk();
        Assert.Throws<InvalidStateException>(() => clerk.TransferTo(Guid.CreateVersion7(), Counters, null, "800/128",
            new DateOnly(2026, 12, 1), "Salah unit", null, null, Now));
        Assert.Empty(clerk.PendingEvents);
    }

    [Fact]
    public void Registering_or_updating_an_employee_announces_nothing()
    {
        var clerk = AClerk();
        clerk.Update("Rina W.", null, null, null, Now);
        Assert.Empty(clerk.PendingEvents);
    }

    [Fact]
    public void Transfer_order_is_normalised_as_typed_by_HR()
    {
        var order = TransferEmployee.Create(new Validator(), " 19920315 201503 2 001 ", " kampung-tumbit ", "  ",
            " 800/123/BKPSDM/2026 ", new DateOnly(2026, 12, 1), " Mutasi ", null, null, new DateOnly(2026, 11, 24));
        Assert.Equal(("199203152015032001", "KAMPUNG-TUMBIT", null), (order.Nip, order.ToUnitCode, order.ToPosition));
        Assert.Equal(("800/123/BKPSDM/2026", "Mutasi"), (order.DecreeNumber, order.Reason));
    }

    [Fact]
    public void Malformed_transfer_order_is_refused_naming_every_field_with_the_callers_own()
    {
        var v = new Validator();
        v.Add("case_id", "must be a UUID");
        var refusal = Assert.Throws<ValidationFailedException>(() => TransferEmployee.Create(v, "", "NO SUCH UNIT", null,
            "", new DateOnly(2090, 1, 1), "", null, null, new DateOnly(2026, 11, 24)));
        Assert.Equal(["case_id", "decree_number", "effective_date", "nip", "reason", "to_unit_code"],
            refusal.Violations.Select(x => x.Field).Order());
    }
}
