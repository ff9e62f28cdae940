using Grpc.Core;
using Microsoft.AspNetCore.Http;
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

/// <summary>A gRPC method takes the one handler it calls from the request's scope, so the partial files of a gRPC
/// service share no constructor: each feature's file names only what it uses.</summary>
public static class CallContextHandlers
{
    public static THandler Handler<THandler>(this ServerCallContext context) where THandler : notnull =>
        context.GetHttpContext().RequestServices.GetRequiredService<THandler>();
}
