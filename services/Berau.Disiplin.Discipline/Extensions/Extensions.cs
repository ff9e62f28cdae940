namespace Berau.Disiplin.Discipline.Extensions;

internal static class Extensions
{
    /// <summary>The Discipline service's own wiring.</summary>
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
