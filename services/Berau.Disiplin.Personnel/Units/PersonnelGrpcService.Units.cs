using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Primitives;
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
        var name = request.Name.Trim();

        var v = new Validator();
        DomainUnit.ValidateCode(v, "code", code);
        v.Required("name", name).MaxLength("name", name, DomainUnit.MaxNameLength);
        var parentCode = await ExistingUnitCodeAsync(v, "parent_code", request.ParentCode, ct);
        v.ThrowIfInvalid();

        if (await db.Units.AnyAsync(u => u.Code == code, ct)) throw new AlreadyExistsException("Unit", code);
        var unit = DomainUnit.Create(code, name, parentCode, request.FrontLine, time.GetUtcNow());
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return ToMessage(unit);
    }

    [Authorize(Roles = Roles.Hr)]
    public override async Task<Unit> UpdateUnit(UpdateUnitRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var code = DomainUnit.NormaliseCode(request.Code);
        var parentCode = string.IsNullOrWhiteSpace(request.ParentCode) ? null : DomainUnit.NormaliseCode(request.ParentCode);
        var name = request.Name.Trim();

        var v = new Validator();
        DomainUnit.ValidateCode(v, "code", code);
        v.Required("name", name).MaxLength("name", name, DomainUnit.MaxNameLength);
        if (parentCode is not null) DomainUnit.ValidateCode(v, "parent_code", parentCode);
        v.ThrowIfInvalid();

        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == code, ct) ?? throw new NotFoundException("Unit", code);
        var lineage = new List<string>();
        // Walk up from the new parent: it must exist, and the unit must not be among its ancestors (a cycle).
        for (var at = parentCode; at is not null && !lineage.Contains(at);)
        {
            var ancestor = await db.Units.AsNoTracking().Where(u => u.Code == at).Select(u => new { u.Code, u.ParentCode })
                .SingleOrDefaultAsync(ct);
            if (ancestor is null)
                throw ValidationFailedException.For("parent_code", $"unit '{parentCode}' does not exist");
            lineage.Add(ancestor.Code);
            at = ancestor.ParentCode;
        }
        unit.Update(name, parentCode, lineage, request.FrontLine, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return ToMessage(unit);
    }

    /// <summary>Who reads the organisation: not reporters or employees (a unit list is no business of a portal).</summary>
    private const string UnitReaders = $"{Roles.Hr},{Roles.Verifier},{Roles.Official},{Roles.Auditor},{Roles.Service},policy-admin";

    [Authorize(Roles = UnitReaders)]
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

    [Authorize(Roles = UnitReaders)]
    public override async Task<ListUnitsResponse> ListUnits(ListUnitsRequest request, ServerCallContext context)
    {
        var parentCode = string.IsNullOrWhiteSpace(request.ParentCode) ? null : DomainUnit.NormaliseCode(request.ParentCode);
        var v = new Validator();
        if (parentCode is not null) DomainUnit.ValidateCode(v, "parent_code", parentCode);
        var pageSize = PageToken.PageSize(v, request.PageSize);
        var filter = PageToken.Filter("units", parentCode);
        var after = PageToken.Decode(v, request.PageToken, filter, keyLength: 1)?[0];
        v.ThrowIfInvalid();

        if (parentCode is not null && !await db.Units.AnyAsync(u => u.Code == parentCode, context.CancellationToken))
            throw new NotFoundException("Unit", parentCode);
        var query = db.Units.AsNoTracking().Where(u => u.ParentCode == parentCode);
        if (after is not null) query = query.Where(u => string.Compare(u.Code, after) > 0);
        var page = await query.OrderBy(u => u.Code).Take(pageSize + 1).ToListAsync(context.CancellationToken);

        var response = new ListUnitsResponse();
        response.Units.AddRange(page.Take(pageSize).Select(ToMessage));
        if (page.Count > pageSize) response.NextPageToken = PageToken.Encode(filter, page[pageSize - 1].Code);
        return response;
    }

    /// <summary>
    /// An optional reference to a unit in a write request (a parent, a schedule's unit): null when empty, otherwise it
    /// must name a unit, or the field is refused.
    /// </summary>
    private async Task<string?> ExistingUnitCodeAsync(Validator v, string field, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var code = DomainUnit.NormaliseCode(text);
        var before = v.Violations.Count;
        DomainUnit.ValidateCode(v, field, code);
        if (v.Violations.Count == before && !await db.Units.AnyAsync(u => u.Code == code, ct))
            v.Add(field, $"unit '{code}' does not exist");
        return code;
    }

    private static Unit ToMessage(DomainUnit unit) => new()
    {
        Code = unit.Code,
        Name = unit.Name,
        ParentCode = unit.ParentCode ?? "",
        FrontLine = unit.FrontLine,
    };
}
