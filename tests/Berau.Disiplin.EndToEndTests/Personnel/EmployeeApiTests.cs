using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Grpc.Core;

namespace Berau.Disiplin.EndToEndTests.Personnel;

[Collection(SuiteCollection.Name)]
public sealed class EmployeeApiTests(SuiteHost suite)
{
    private PersonnelService.PersonnelServiceClient Client => suite.PersonnelClient;

    [Fact]
    public async Task Registered_PNS_is_found_by_NIP_with_the_unit_s_name_and_front_line_flag()
    {
        var counters = await PersonnelTestData.NewUnitAsync(suite, frontLine: true, name: "Loket Pelayanan Disdukcapil");
        var nip = PersonnelTestData.PnsNip();
        var registered = await Client.RegisterEmployeeAsync(new RegisterEmployeeRequest
        {
            Nip = $" {nip[..8]} {nip[8..14]} {nip[14]} {nip[15..]} ",
            Name = "  Rina Wulandari ",
            EmploymentType = EmploymentType.Pns,
            UnitCode = counters.Code.ToLowerInvariant(),
            Position = "Pengadministrasi Layanan Kependudukan",
            PositionLevel = PositionLevel.Pelaksana,
        }, SuiteHost.As(Roles.Hr));

        var found = await Client.GetEmployeeAsync(new GetEmployeeRequest { Nip = nip }, SuiteHost.As(Roles.Service));
        Assert.Equal(registered, found);
        Assert.Equal(nip, found.Nip);
        Assert.Equal("Rina Wulandari", found.Name);
        Assert.Equal((counters.Code, "Loket Pelayanan Disdukcapil", true), (found.UnitCode, found.UnitName, found.UnitFrontLine));
        Assert.Equal((EmploymentType.Pns, PositionLevel.Pelaksana, EmployeeStatus.Active),
            (found.EmploymentType, found.PositionLevel, found.Status));
    }

    [Fact]
    public async Task PPPK_and_contract_staff_are_registered_by_their_own_identifiers()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var pppk = await Client.RegisterEmployeeAsync(new RegisterEmployeeRequest
        {
            Nip = $"19950730{Random.Shared.Next(1000, 9999)}21{Random.Shared.Next(1, 3)}{Random.Shared.Next(1, 999):000}",
            Name = "Siti Aminah", EmploymentType = EmploymentType.Pppk, UnitCode = unit.Code,
            Position = "Operator Layanan Operasional", PositionLevel = PositionLevel.Pelaksana,
        }, SuiteHost.As(Roles.Hr));
        var contract = await Client.RegisterEmployeeAsync(new RegisterEmployeeRequest
        {
            Nip = PersonnelTestData.ContractNumber().ToLowerInvariant(), Name = "Muhammad Rizky",
            EmploymentType = EmploymentType.Contract, UnitCode = unit.Code, Position = "Tenaga Administrasi",
        }, SuiteHost.As(Roles.Hr));

        Assert.Equal(EmploymentType.Pppk, pppk.EmploymentType);
        Assert.Equal(EmploymentType.Contract, contract.EmploymentType);
        Assert.Equal(PositionLevel.Unspecified, contract.PositionLevel);
        Assert.Equal(contract.Nip.ToUpperInvariant(), contract.Nip);
    }

    [Theory]
    [InlineData("199202302015032001", "'19920230' is not a date")]
    [InlineData("19920315201503200", "must be 18 digits")]
    [InlineData("199203152015033001", "digit 15 is the sex")]
    [InlineData("199203151990052001", "is not after the birth date")]
    [InlineData("", "is required")]
    public async Task Malformed_NIP_is_refused_with_the_reason_on_the_nip_field(string nip, string reason)
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client.RegisterEmployeeAsync(new RegisterEmployeeRequest
        {
            Nip = nip, Name = "Pegawai", EmploymentType = EmploymentType.Pns, UnitCode = unit.Code,
            Position = "Staf", PositionLevel = PositionLevel.Pelaksana,
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        var fields = ValidationTests.FieldViolations(ex);
        Assert.Equal(["nip"], fields.Keys);
        Assert.Contains(reason, fields["nip"]);
    }

    [Fact]
    public async Task Empty_name_unknown_unit_and_missing_type_are_refused_together()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client.RegisterEmployeeAsync(new RegisterEmployeeRequest
        {
            Nip = PersonnelTestData.PnsNip(), Name = "   ", UnitCode = "NO-SUCH-UNIT-Y", Position = "",
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        var fields = ValidationTests.FieldViolations(ex);
        Assert.Equal("is required", fields["name"]);
        Assert.Equal("must be PNS, PPPK, CONTRACT or OFFICIAL", fields["employment_type"]);
        Assert.Equal("unit 'NO-SUCH-UNIT-Y' does not exist", fields["unit_code"]);
        Assert.Equal("is required", fields["position"]);
    }

    [Fact]
    public async Task ASN_need_a_position_level()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client.RegisterEmployeeAsync(new RegisterEmployeeRequest
        {
            Nip = PersonnelTestData.PnsNip(), Name = "Pegawai", EmploymentType = EmploymentType.Pns, UnitCode = unit.Code, Position = "Staf",
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal("is required for ASN (PNS, PPPK)", ValidationTests.FieldViolations(ex)["position_level"]);
    }

    [Fact]
    public async Task Registering_a_NIP_twice_is_already_exists_and_an_unknown_NIP_is_not_found()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var employee = await PersonnelTestData.NewPnsAsync(suite, unit.Code);
        var again = await Assert.ThrowsAsync<RpcException>(() => Client.RegisterEmployeeAsync(new RegisterEmployeeRequest
        {
            Nip = employee.Nip, Name = "Orang Lain", EmploymentType = EmploymentType.Pns, UnitCode = unit.Code,
            Position = "Staf", PositionLevel = PositionLevel.Pelaksana,
        }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);

        var unknown = await Assert.ThrowsAsync<RpcException>(() => Client.GetEmployeeAsync(
            new GetEmployeeRequest { Nip = PersonnelTestData.PnsNip() }, SuiteHost.As(Roles.Verifier)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Reporters_may_not_read_employees()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => Client.GetEmployeeAsync(
            new GetEmployeeRequest { Nip = PersonnelTestData.PnsNip() }, SuiteHost.As(Roles.Reporter)).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
    }

    [Fact]
    public async Task Update_changes_what_is_given_and_keeps_the_rest()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var employee = await PersonnelTestData.NewPnsAsync(suite, unit.Code, name: "Andi Saputra", position: "Staf");

        var promoted = await Client.UpdateEmployeeAsync(new UpdateEmployeeRequest
        {
            Nip = employee.Nip, Position = "Kepala Seksi Pelayanan", PositionLevel = PositionLevel.Pengawas,
        }, SuiteHost.As(Roles.Hr));
        Assert.Equal(("Andi Saputra", "Kepala Seksi Pelayanan", PositionLevel.Pengawas, EmployeeStatus.Active, unit.Code),
            (promoted.Name, promoted.Position, promoted.PositionLevel, promoted.Status, promoted.UnitCode));

        var renamed = await Client.UpdateEmployeeAsync(new UpdateEmployeeRequest
        {
            Nip = employee.Nip, Name = "Andi Saputra, S.AP.", Status = EmployeeStatus.Inactive,
        }, SuiteHost.As(Roles.Hr));
        Assert.Equal(("Andi Saputra, S.AP.", "Kepala Seksi Pelayanan", EmployeeStatus.Inactive),
            (renamed.Name, renamed.Position, renamed.Status));

        var unknown = await Assert.ThrowsAsync<RpcException>(() => Client.UpdateEmployeeAsync(
            new UpdateEmployeeRequest { Nip = PersonnelTestData.PnsNip(), Name = "X" }, SuiteHost.As(Roles.Hr)).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Search_is_case_and_accent_insensitive_and_pages_within_a_unit()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var elsewhere = await PersonnelTestData.NewUnitAsync(suite);
        var desyR = await PersonnelTestData.NewPnsAsync(suite, unit.Code, name: "Désy Ratnasari");
        var desyK = await PersonnelTestData.NewPnsAsync(suite, unit.Code, name: "DESY KURNIAWATI");
        var desyA = await PersonnelTestData.NewPnsAsync(suite, unit.Code, name: "desy anggraini");
        await PersonnelTestData.NewPnsAsync(suite, unit.Code, name: "Budi Hartono");
        await PersonnelTestData.NewPnsAsync(suite, elsewhere.Code, name: "Desy Lain");

        var first = await Client.SearchEmployeesAsync(new SearchEmployeesRequest { Name = "DÉSY", UnitCode = unit.Code, PageSize = 2 },
            SuiteHost.As(Roles.Verifier));
        var second = await Client.SearchEmployeesAsync(new SearchEmployeesRequest
        {
            Name = "DÉSY", UnitCode = unit.Code, PageSize = 2, PageToken = first.NextPageToken,
        }, SuiteHost.As(Roles.Verifier));

        Assert.Equal([desyA.Nip, desyK.Nip], first.Employees.Select(e => e.Nip));
        Assert.Equal([desyR.Nip], second.Employees.Select(e => e.Nip));
        Assert.Equal("", second.NextPageToken);

        var bySubstring = await Client.SearchEmployeesAsync(new SearchEmployeesRequest { Name = "ratna", UnitCode = unit.Code },
            SuiteHost.As(Roles.Auditor));
        Assert.Equal([desyR.Nip], bySubstring.Employees.Select(e => e.Nip));
        var wildcard = await Client.SearchEmployeesAsync(new SearchEmployeesRequest { Name = "%", UnitCode = unit.Code },
            SuiteHost.As(Roles.Auditor));
        Assert.Empty(wildcard.Employees);
        var wholeUnit = await Client.SearchEmployeesAsync(new SearchEmployeesRequest { UnitCode = unit.Code }, SuiteHost.As(Roles.Hr));
        Assert.Equal(4, wholeUnit.Employees.Count);
    }
}
