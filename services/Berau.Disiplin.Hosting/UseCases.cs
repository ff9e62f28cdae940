using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Berau.Disiplin.Hosting;

/// <summary>
/// Use cases are plain classes, one per file in their feature's folder, named <c>…Handler</c> (a command or query
/// record beside it). No mediator: the gRPC method or the consumer takes the handler it needs by injection.
/// </summary>
public static class UseCases
{
    /// <summary>Registers every concrete <c>…Handler</c> class of <paramref name="assembly"/> as a scoped service.</summary>
    public static IServiceCollection AddUseCaseHandlers(this IServiceCollection services, Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t =>
                     t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }
                     && t.Name.EndsWith("Handler", StringComparison.Ordinal)
                     && !typeof(Delegate).IsAssignableFrom(t)
                     && t.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null))
            services.AddScoped(type);
        return services;
    }
}
