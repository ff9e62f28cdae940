namespace Berau.Disiplin.Reporting.Extensions;

internal static class Extensions
{
    /// <summary>The Reporting service's own wiring.</summary>
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
