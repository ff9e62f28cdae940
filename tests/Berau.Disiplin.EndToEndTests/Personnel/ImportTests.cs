using System.Diagnostics;
using System.Text;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Personnel.Persistence;
using Berau.Disiplin.EndToEndTests.Foundation;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Berau.Disiplin.EndToEndTests.Personnel;

[Collection(SuiteCollection.Name)]
public sealed class ImportTests(SuiteHost suite, ITestOutputHelper output)
{
    private const string Header = "nip,name,employment_type,unit_code,position,position_level";

    /// <summary>Streams the CSV in pieces of <paramref name="chunkSize"/> characters, as a client reading a file would.</summary>
    private async Task<ImportEmployeesResult> ImportAsync(string csv, int chunkSize)
    {
        using var call = suite.PersonnelClient.ImportEmployees(SuiteHost.As(Roles.Hr));
        for (var i = 0; i < csv.Length; i += chunkSize)
            await call.RequestStream.WriteAsync(new ImportEmployeesChunk { Csv = csv.Substring(i, Math.Min(chunkSize, csv.Length - i)) });
        await call.RequestStream.CompleteAsync();
        return await call.ResponseAsync;
    }

    [Fact]
    public async Task Import_keeps_the_good_rows_and_reports_each_bad_row_by_line_and_field()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var registered = await PersonnelTestData.NewPnsAsync(suite, unit.Code);
        string pns1 = PersonnelTestData.PnsNip(), pns2 = PersonnelTestData.PnsNip(), twice = PersonnelTestData.PnsNip();
        var pppk = $"19950730202321{Random.Shared.Next(1, 3)}{Random.Shared.Next(1, 999):000}";
        var contract = PersonnelTestData.ContractNumber();
        var csv = new StringBuilder()
            .Append(Header).Append("\r\n")                                                                   // 1
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"{pns1},\"Wulandari, Rina\",PNS,{unit.Code},Pengadministrasi,PELAKSANA\r\n")               // 2 good
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"{pppk},Siti Aminah,pppk,{unit.Code.ToLowerInvariant()},Operator,pelaksana\r\n")          // 3 good
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"{contract},Muhammad Rizky,KONTRAK,{unit.Code},Tenaga Administrasi,\r\n")                 // 4 good
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"199202302015032001,Salah Tanggal,PNS,{unit.Code},Staf,PELAKSANA\r\n")                    // 5 bad NIP
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"{PersonnelTestData.PnsNip()},Unit Hilang,PNS,NO-SUCH-UNIT-Z,Staf,PELAKSANA\r\n")         // 6 unknown unit
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"{PersonnelTestData.PnsNip()},,PNS,{unit.Code},Staf,PELAKSANA\r\n")                       // 7 empty name
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"{registered.Nip},Sudah Ada,PNS,{unit.Code},Staf,PELAKSANA\r\n")                          // 8 registered
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"{twice},Pertama,PNS,{unit.Code},Staf,PELAKSANA\r\n")                                     // 9 good
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"{twice},Kedua,PNS,{unit.Code},Staf,PELAKSANA\r\n")                                       // 10 twice
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"{PersonnelTestData.PnsNip()},Jenis Aneh,PEGAWAI,{unit.Code},Staf,PELAKSANA\r\n")         // 11 type
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"{PersonnelTestData.PnsNip()},Level Aneh,PNS,{unit.Code},Staf,KEPALA\r\n")                // 12 level
            .Append(System.Globalization.CultureInfo.InvariantCulture, $"{pns2},Dewi Lestari,PNS,{unit.Code},Analis,FUNGSIONAL")                                  // 13 good, no EOL
            .ToString();

        var result = await ImportAsync(csv, chunkSize: 37);

        Assert.Equal(5, result.Imported);
        Assert.Equal(7, result.Failed);
        var errors = result.Errors.Select(e => (e.Line, e.Field)).ToList();
        Assert.Equal([(5, "nip"), (6, "unit_code"), (7, "name"), (8, "nip"), (10, "nip"), (11, "employment_type"), (12, "position_level")],
            errors);
        Assert.Contains("'19920230' is not a date", result.Errors.Single(e => e.Line == 5).Reason);
        Assert.Equal("is already registered", result.Errors.Single(e => e.Line == 8).Reason);
        Assert.Equal("appears twice in this file (first on line 9)", result.Errors.Single(e => e.Line == 10).Reason);
        Assert.Equal(twice, result.Errors.Single(e => e.Line == 10).Nip);

        var rina = await suite.PersonnelClient.GetEmployeeAsync(new GetEmployeeRequest { Nip = pns1 }, SuiteHost.As(Roles.Hr));
        Assert.Equal(("Wulandari, Rina", PositionLevel.Pelaksana), (rina.Name, rina.PositionLevel));
        var first = await suite.PersonnelClient.GetEmployeeAsync(new GetEmployeeRequest { Nip = twice }, SuiteHost.As(Roles.Hr));
        Assert.Equal("Pertama", first.Name);
        var inUnit = await suite.PersonnelClient.SearchEmployeesAsync(new SearchEmployeesRequest { UnitCode = unit.Code },
            SuiteHost.As(Roles.Hr));
        Assert.Equal(6, inUnit.Employees.Count);
    }

    [Fact]
    public async Task The_Bupati_imports_as_OFFICIAL_of_level_BUPATI_with_RegisterEmployees_checks()
    {
        var unit = await PersonnelTestData.NewUnitAsync(suite);
        var bupati = $"BUPATI-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
        var csv = string.Join("\n",
            Header,
            $"{bupati},Bupati Uji,official,{unit.Code},Bupati,bupati",                            // 2 good
            $"{PersonnelTestData.PnsNip()},Kepala Dinas,PEJABAT,{unit.Code},Kepala Dinas,JPT_PRATAMA", // 3 PEJABAT is no type
            $"{PersonnelTestData.PnsNip()},Bukan Bupati,PNS,{unit.Code},Staf,BUPATI",                  // 4 BUPATI only for OFFICIAL
            $"BUPATI-LAIN-{Random.Shared.Next(1000, 9999)},Pejabat,OFFICIAL,{unit.Code},Wakil,JPT_PRATAMA", // 5 OFFICIAL only BUPATI
            $"{PersonnelTestData.PnsNip()},Level Angka,PNS,{unit.Code},Staf,10");                      // 6 words, not numbers

        var result = await ImportAsync(csv, chunkSize: 64);

        Assert.Equal((1, 4), (result.Imported, result.Failed));
        Assert.Equal([(3, "employment_type"), (4, "position_level"), (5, "position_level"), (6, "position_level")],
            result.Errors.Select(e => (e.Line, e.Field)));
        Assert.Equal("must be PNS, PPPK, CONTRACT or OFFICIAL", result.Errors[0].Reason);
        var imported = await suite.PersonnelClient.GetEmployeeAsync(new GetEmployeeRequest { Nip = bupati }, SuiteHost.As(Roles.Hr));
        Assert.Equal((EmploymentType.Official, PositionLevel.Bupati), (imported.EmploymentType, imported.PositionLevel));
    }

    [Fact]
    public async Task A_CSV_without_the_required_columns_is_refused_as_a_whole()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() => ImportAsync("nip,nama,unit_code\n199203152015032001,Rina,X\n", 1000));
        Assert.Contains("lacks name, employment_type, position, position_level", ValidationTests.FieldViolations(ex)["csv"]);

        var empty = await Assert.ThrowsAsync<RpcException>(() => ImportAsync("", 1000));
        Assert.Contains("is empty", ValidationTests.FieldViolations(empty)["csv"]);
    }

    [Fact]
    public async Task Import_is_refused_without_the_hr_role()
    {
        using var call = suite.PersonnelClient.ImportEmployees(SuiteHost.As(Roles.Verifier));
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            try
            {
                await call.RequestStream.WriteAsync(new ImportEmployeesChunk { Csv = Header + "\n" });
                await call.RequestStream.CompleteAsync();
            }
            catch (RpcException)
            {
                // The server may refuse the call before the client has finished writing; its answer is the call's status.
            }
            await call.ResponseAsync;
        });
        Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
    }

    [Fact]
    public async Task Ten_thousand_rows_import_in_one_stream()
    {
        const int rows = 10_000;
        var unit = await PersonnelTestData.NewUnitAsync(suite, name: "Unit impor massal");
        // Distinct NIPs: a random birth date and appointment per run, then one birth day per 999 sequence numbers.
        var birth = new DateOnly(1975, 1, 1).AddDays(Random.Shared.Next(0, 3650));
        var appointed = $"{birth.Year + 22}{Random.Shared.Next(1, 13):00}";
        var csv = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var nip = $"{birth.AddDays(i / 999):yyyyMMdd}{appointed}{1 + i % 2}{i % 999 + 1:000}";
            csv.Append(nip).Append(",Pegawai Impor ").Append(i).Append(",PNS,")
                .Append(unit.Code).Append(",Pengadministrasi Umum,PELAKSANA\n");
        }

        var clock = Stopwatch.StartNew();
        var result = await ImportAsync(csv.ToString(), chunkSize: 64 * 1024);
        clock.Stop();
        output.WriteLine($"Imported {result.Imported} of {rows} rows ({csv.Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F2} s.");

        Assert.Equal(rows, result.Imported);
        Assert.Equal(0, result.Failed);
        await using var scope = suite.Personnel.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PersonnelDbContext>();
        Assert.Equal(rows, await db.Employees.CountAsync(e => e.UnitCode == unit.Code));
    }
}
