using Berau.Disiplin.Personnel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Berau.Disiplin.Personnel.Accounts;

/// <summary>An official account with the name of the unit it belongs to, as the API shows it.</summary>
public sealed record AccountView(OfficialAccount Account, string UnitName);

public static class AccountViews
{
    public static async Task<AccountView> ViewOfAsync(this PersonnelDbContext db, OfficialAccount account,
        CancellationToken cancellationToken) =>
        new(account, await db.Units.AsNoTracking().Where(u => u.Code == account.UnitCode).Select(u => u.Name)
            .SingleAsync(cancellationToken));
}
