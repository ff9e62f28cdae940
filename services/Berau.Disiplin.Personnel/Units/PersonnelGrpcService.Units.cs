using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Hosting.Errors;
using Berau.Disiplin.Hosting.Validation;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DomainUnit = Berau.Disiplin.Personnel.Units.Unit;

namespace Berau.Disiplin.Personnel;

public sealed partial class PersonnelGrpcService
{
    [Authorize(Roles = Roles.Hr)]
    public override async Task<Unit> CreateUnit(CreateUnitRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var code = DomainUnit.NormaliseCode(request.Code);
        var parentCode = string.IsNullOrWhiteSpace(request.ParentCode) ? null : DomainUnit.NormaliseCode(request.ParentCode);
        var name = request.Name.Trim();

        var v = new Validator();
        DomainUnit.ValidateCode(v, "code", code);
        v.Required("name", name).MaxLength("name", name, DomainUnit.MaxNameLength);
        if (parentCode is not null)
        {
            DomainUnit.ValidateCode(v, "parent_code", parentCode);
            if (v.IsValid && !await db.Units.AnyAsync(u => u.Code == parentCode, ct))
                v.Add("parent_code", $"unit '{parentCode}' does not exist");
        }
        v.ThrowIfInvalid();

        if (await db.Units.AnyAsync(u => u.Code == code, ct)) throw new AlreadyExistsException("Unit", code);
        var unit = DomainUnit.Create(code, name, parentCode, request.FrontLine, time.GetUtcNow());
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return ToMessage(unit);
    }

    public override async Task<Unit> GetUnit(GetUnitRequest request, ServerCallContext context)
    {
        var code = DomainUnit.NormaliseCode(request.Code);
        var v = new Validator();
        DomainUnit.ValidateCode(v, "code", code);
        v.ThrowIfInvalid();
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, context.CancellationToken)
                   ?? throw new NotFoundException("Unit", code);
        return ToMessage(unit);
    }

    private static Unit ToMessage(DomainUnit unit) => new()
    {
        Code = unit.Code,
        Name = unit.Name,
        ParentCode = unit.ParentCode ?? "",
        FrontLine = unit.FrontLine,
    };
}
