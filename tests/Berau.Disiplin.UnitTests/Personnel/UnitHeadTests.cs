using Berau.Disiplin.Contracts.Events;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Primitives;
using DomainUnit = Berau.Disiplin.Personnel.Units.Unit;

namespace Berau.Disiplin.UnitTests.Personnel;

/// <summary>The unit's head post: who may hold it, and UnitHeadChanged once per change.</summary>
public sealed class UnitHeadTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);

    private static DomainUnit Seksi() => DomainUnit.Create("DISDUKCAPIL.PELAYANAN", "Loket", "DISDUKCAPIL.DAFDUK", true, Now);
    private static DomainUnit Root() => DomainUnit.Create("PEMKAB-BERAU", "Pemerintah Kabupaten Berau", null, false, Now);

    private static Employee Person(string nip, PositionLevel? level, EmploymentType type = EmploymentType.Pns) =>
        Employee.Register(new NewEmployee(nip, "Nama", type, "DISDUKCAPIL.PELAYANAN", "Jabatan", level), Now);

    private static readonly Employee Kasi = Person("198604182009031003", PositionLevel.Pengawas);
    private static readonly Employee Other = Person("198511112010011001", PositionLevel.Pengawas);
    private static readonly Employee Jf = Person("198801012010012001", PositionLevel.Fungsional);
    private static readonly Employee Bupati = Person("BUPATI-BERAU-2025", PositionLevel.Bupati, EmploymentType.Official);

    [Fact]
    public void Appointing_raises_UnitHeadChanged_and_the_same_appointment_again_raises_nothing()
    {
        var unit = Seksi();
        unit.SetHead(Kasi, designated: false, null, Now);
        unit.SetHead(Kasi, designated: false, " ", Now);

        var changed = Assert.IsType<UnitHeadChanged>(Assert.Single(unit.DequeueEvents()));
        Assert.Equal(("DISDUKCAPIL.PELAYANAN", Kasi.Nip, Kasi.Nip, null, "Pengawas", false),
            (changed.UnitCode, changed.SubjectNip, changed.HeadNip, changed.PreviousHeadNip, changed.PositionLevel, changed.Designated));
    }

    [Fact]
    public void Replacing_names_the_previous_head_and_vacating_makes_him_the_subject()
    {
        var unit = Seksi();
        unit.SetHead(Kasi, false, null, Now);
        unit.SetHead(Other, false, null, Now);
        unit.SetHead(null, false, null, Now);
        unit.SetHead(null, false, null, Now);

        var events = unit.DequeueEvents().Cast<UnitHeadChanged>().ToList();
        Assert.Equal([(Kasi.Nip, Kasi.Nip, (string?)null), (Other.Nip, Other.Nip, Kasi.Nip), (Other.Nip, null, Other.Nip)],
            events.Select(e => (e.SubjectNip, e.HeadNip, e.PreviousHeadNip)));
        Assert.Null(events[2].PositionLevel);
        Assert.Null(unit.HeadNip);
    }

    [Fact]
    public void A_designated_JF_needs_the_SK_and_changing_only_the_SK_is_a_change()
    {
        var unit = Seksi();
        unit.SetHead(Jf, true, "SK/1", Now);
        unit.SetHead(Jf, true, "SK/2", Now);
        Assert.Equal(2, unit.DequeueEvents().Count);
        Assert.Equal(("SK/2", true), (unit.HeadDesignationDecree, unit.HeadDesignated));
    }

    [Fact]
    public void The_Bupati_heads_only_a_root_unit()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => Seksi().SetHead(Bupati, false, null, Now));
        Assert.Contains("heads only a root unit", Assert.Single(refused.Violations, v => v.Field == "head_nip").Reason);

        var root = Root();
        root.SetHead(Bupati, false, null, Now);
        Assert.Equal("Bupati", Assert.IsType<UnitHeadChanged>(Assert.Single(root.DequeueEvents())).PositionLevel);
    }

    [Theory]
    [InlineData(PositionLevel.Pelaksana, false, null, "head_nip")]
    [InlineData(PositionLevel.Fungsional, false, null, "head_nip")]
    [InlineData(PositionLevel.Fungsional, true, null, "designation_decree")]
    [InlineData(PositionLevel.Pengawas, true, "SK/1", "head_nip")]
    [InlineData(PositionLevel.Pengawas, false, "SK/1", "designation_decree")]
    public void A_head_who_cannot_hold_the_post_is_refused_on_the_field_at_fault(PositionLevel level, bool designated,
        string? decree, string field)
    {
        var unit = Seksi();
        var refused = Assert.Throws<ValidationFailedException>(() =>
            unit.SetHead(Person("198001012005011001", level), designated, decree, Now));
        Assert.Equal(field, Assert.Single(refused.Violations).Field);
        Assert.Empty(unit.PendingEvents);
        Assert.Null(unit.HeadNip);
    }

    [Fact]
    public void Contract_staff_and_inactive_employees_cannot_head_a_unit()
    {
        var contract = Person("KTR-BRU-2024-0117", PositionLevel.Pengawas, EmploymentType.Contract);
        Assert.Contains("contract staff", Seksi().HeadMisfit(contract, false));
        var retired = Person("198001012005011001", PositionLevel.Pengawas);
        retired.Update(null, null, null, EmployeeStatus.Inactive, Now);
        Assert.Contains("inactive", Seksi().HeadMisfit(retired, false));
    }

    [Fact]
    public void Vacating_because_of_the_holder_raises_only_when_he_holds_the_post()
    {
        var unit = Seksi();
        unit.SetHead(Kasi, false, null, Now);
        unit.DequeueEvents();
        unit.VacateIfHeldBy(Other.Nip, Now);
        Assert.Empty(unit.PendingEvents);
        unit.VacateIfHeldBy(Kasi.Nip, Now);
        Assert.Equal(Kasi.Nip, Assert.IsType<UnitHeadChanged>(Assert.Single(unit.DequeueEvents())).PreviousHeadNip);
    }
}
