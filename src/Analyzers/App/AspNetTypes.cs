using Microsoft.CodeAnalysis;

namespace ProbeGen.Analyzers.App
{
    /// <summary>The ASP.NET Core types the application analyzers read, resolved once per compilation.</summary>
    internal sealed class AspNetTypes
    {
        private AspNetTypes(Compilation c, INamedTypeSymbol endpointRouteBuilder)
        {
            EndpointRouteBuilder = endpointRouteBuilder;
            WebApplication = c.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.WebApplication");
            ApplicationBuilder = c.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.IApplicationBuilder");
            HealthChecksBuilder = c.GetTypeByMetadataName("Microsoft.Extensions.DependencyInjection.IHealthChecksBuilder");
            KestrelServerOptions = c.GetTypeByMetadataName("Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions");
            AuthorizeData = c.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.IAuthorizeData");
            AllowAnonymous = c.GetTypeByMetadataName("Microsoft.AspNetCore.Authorization.IAllowAnonymous");
            HealthCheckRegistration = c.GetTypeByMetadataName("Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration");
            var version = (WebApplication ?? endpointRouteBuilder).ContainingAssembly.Identity.Version;
            AspNetMajorVersion = version.Major;
        }

        public INamedTypeSymbol EndpointRouteBuilder { get; }
        public INamedTypeSymbol? WebApplication { get; }
        public INamedTypeSymbol? ApplicationBuilder { get; }
        public INamedTypeSymbol? HealthChecksBuilder { get; }
        public INamedTypeSymbol? KestrelServerOptions { get; }
        public INamedTypeSymbol? AuthorizeData { get; }
        public INamedTypeSymbol? AllowAnonymous { get; }
        public INamedTypeSymbol? HealthCheckRegistration { get; }

        /// <summary>The ASP.NET Core version compiled against (8 and later: container images listen on 8080).</summary>
        public int AspNetMajorVersion { get; }

        /// <summary>Null when the compilation does not reference ASP.NET Core routing: the analyzers then do nothing.</summary>
        public static AspNetTypes? Resolve(Compilation compilation) =>
            compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Routing.IEndpointRouteBuilder") is { } erb ? new AspNetTypes(compilation, erb) : null;

        public bool Is(ITypeSymbol? type, INamedTypeSymbol? target)
        {
            if (type is null || target is null) return false;
            if (SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, target)) return true;
            foreach (var i in type.AllInterfaces) if (SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, target)) return true;
            for (var b = type.BaseType; b is not null; b = b.BaseType) if (SymbolEqualityComparer.Default.Equals(b.OriginalDefinition, target)) return true;
            return false;
        }
    }
}
