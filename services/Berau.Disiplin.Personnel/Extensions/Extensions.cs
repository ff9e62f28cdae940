using System.Text.RegularExpressions;
using Berau.Disiplin.Hosting;
using Berau.Disiplin.Personnel.Employees;
using Berau.Disiplin.Personnel.Seed;
using Berau.Disiplin.Personnel.Units;

namespace Berau.Disiplin.Personnel.Extensions;

internal static class Extensions
{
    /// <summary>The Personnel service's own wiring.</summary>
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmployeeOptions>().BindConfiguration(EmployeeOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => IsRegex(o.ContractNumberPattern), "Employees:ContractNumberPattern must be a regular expression.")
            .ValidateOnStart();
        builder.Services.AddSingleton<EmployeeRules>();
        builder.Services.AddScoped<UnitLookup>();
        builder.Services.AddUseCaseHandlers(typeof(PersonnelApp).Assembly);
        builder.Services.AddScoped<DemoSeeder>();
        return builder;
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
