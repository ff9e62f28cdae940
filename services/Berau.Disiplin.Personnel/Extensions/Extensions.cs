namespace Berau.Disiplin.Personnel.Extensions;

internal static class Extensions
{
    /// <summary>The Personnel service's own wiring.</summary>
    public static WebApplicationBuilder AddApplicationServices(this WebApplicationBuilder builder)
    {
        return builder;
    }
}
