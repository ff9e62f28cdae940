using Berau.Disiplin.Primitives;
using Berau.Disiplin.Personnel.Employees;
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
}
