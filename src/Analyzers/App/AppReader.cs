using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ProbeGen.Analyzers.App
{
    /// <summary>
    /// Reads the application from the compilation's invocations: the endpoints it maps (with group prefixes, resolved
    /// through locals, chained calls and the call sites of the user's own <c>Map…(this IEndpointRouteBuilder)</c>
    /// helpers), its health check registrations, where Kestrel listens and what would block a probe. Whatever cannot be
    /// resolved makes the relevant part unknown, and the rules then say nothing.
    /// </summary>
    internal sealed class AppReader
    {
        private const int MaxDepth = 8;

        private static readonly HashSet<string> Conventions = new(System.StringComparer.Ordinal) { "RequireAuthorization", "AllowAnonymous", "RequireHost" };

        // Microsoft middleware that can answer any path, or changes the path the endpoints see.
        private static readonly HashSet<string> OpenEndedMiddleware = new(System.StringComparer.Ordinal)
        {
            "Use", "UseMiddleware", "Run", "UseWhen", "MapWhen", "Map", "UsePathBase", "UseRewriter", "UseSpa", "UseSpaStaticFiles",
            "UseWelcomePage", "UseFileServer", "UseDefaultFiles", "UseDirectoryBrowser", "UseBlazorFrameworkFiles", "UseRouter",
            "UseMvc", "UseMvcWithDefaultRoute", "UseOwin", "UseStatusCodePagesWithReExecute",
        };

        // Endpoint mappings whose paths are not a literal template the analyzer can list.
        private static readonly HashSet<string> OpenEndedMaps = new(System.StringComparer.Ordinal)
        {
            "MapFallback", "MapFallbackToFile", "MapFallbackToPage", "MapFallbackToController", "MapFallbackToAreaController",
            "MapControllers", "MapControllerRoute", "MapDefaultControllerRoute", "MapAreaControllerRoute", "MapRazorPages",
            "MapRazorComponents", "MapBlazorHub", "MapDynamicControllerRoute", "MapDynamicPageRoute", "MapIdentityApi",
            "MapFallbackToAreaPage", "MapConnectionHandler", "MapConnections",
        };

        // Dependency checks by the extension that registers them (Microsoft's EF Core check and the Xabaril packages).
        private static readonly HashSet<string> DependencyChecks = new(System.StringComparer.Ordinal)
        {
            "AddDbContextCheck", "AddNpgSql", "AddSqlServer", "AddMySql", "AddSqlite", "AddOracle", "AddRedis", "AddRabbitMQ",
            "AddMongoDb", "AddKafka", "AddElasticsearch", "AddUrlGroup", "AddAzureBlobStorage", "AddAzureQueueStorage",
            "AddAzureTableStorage", "AddAzureServiceBusQueue", "AddAzureServiceBusTopic", "AddAzureServiceBusSubscription",
            "AddCosmosDb", "AddAzureCosmosDB", "AddDynamoDb", "AddS3", "AddNats", "AddConsul", "AddHangfire", "AddIdentityServer",
            "AddSignalRHub", "AddNpgSqlDataSource", "AddAzureEventHub", "AddAzureKeyVault", "AddCassandra", "AddRavenDB",
            "AddInfluxDB", "AddArangoDb", "AddDocumentDb", "AddAzureSearch", "AddSqs", "AddSns", "AddClickHouse",
        };

        private static readonly HashSet<string> DependencyWords = new(System.StringComparer.Ordinal)
        {
            "db", "database", "databases", "sql", "sqlserver", "postgres", "postgre", "postgresql", "npgsql", "pg", "mysql",
            "mariadb", "oracle", "sqlite", "mongo", "mongodb", "redis", "rabbit", "rabbitmq", "kafka", "cosmos", "cosmosdb",
            "elastic", "elasticsearch", "dynamo", "dynamodb", "cassandra", "broker", "queue", "servicebus", "eventhub",
            "storage", "blob", "s3", "dependency", "dependencies", "external", "downstream", "upstream", "dbcontext",
        };

        private static readonly HashSet<string> LivenessTags = new(System.StringComparer.OrdinalIgnoreCase) { "live", "liveness", "alive", "self" };

        private readonly AspNetTypes _t;
        private readonly CancellationToken _ct;
        private readonly Dictionary<ISymbol, List<IInvocationOperation>> _localConventions = new(SymbolEqualityComparer.Default);
        private readonly Dictionary<ISymbol, List<IInvocationOperation>> _callsTo = new(SymbolEqualityComparer.Default);
        private readonly AppFacts _facts = new();

        private AppReader(AspNetTypes types, CancellationToken ct)
        {
            _t = types;
            _ct = ct;
        }

        /// <summary>Keeps the invocations the reader may need (a name check first: most calls are dropped at once).</summary>
        public static bool IsRelevant(IInvocationOperation op, AspNetTypes t)
        {
            var m = op.TargetMethod;
            string n = m.Name;
            if (n.StartsWith("Map", System.StringComparison.Ordinal) || n.StartsWith("Use", System.StringComparison.Ordinal)
                || n.StartsWith("Listen", System.StringComparison.Ordinal) || n.StartsWith("Add", System.StringComparison.Ordinal)
                || n.StartsWith("Create", System.StringComparison.Ordinal) || n.StartsWith("Configure", System.StringComparison.Ordinal)
                || n.StartsWith("Run", System.StringComparison.Ordinal) || n.StartsWith("Start", System.StringComparison.Ordinal)
                || Conventions.Contains(n) || n == "SetFallbackPolicy" || n == "UseSetting")
            {
                return true;
            }
            // Calls to the user's own helpers that take a route or app builder: their parameters are resolved through them.
            if (m.Locations.Length > 0 && m.Locations[0].IsInSource)
            {
                foreach (var p in m.Parameters) if (IsBuilder(p.Type, t)) return true;
            }
            return false;
        }

        private static bool IsBuilder(ITypeSymbol type, AspNetTypes t) => t.Is(type, t.EndpointRouteBuilder) || t.Is(type, t.ApplicationBuilder);

        public static AppFacts Read(IEnumerable<IInvocationOperation> calls, AspNetTypes types, CancellationToken ct)
        {
            var reader = new AppReader(types, ct);
            // Deterministic order: by file, then position.
            var ordered = calls.OrderBy(c => c.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(c => c.Syntax.SpanStart).ToArray();
            reader._facts.AspNetMajorVersion = types.AspNetMajorVersion;
            foreach (var c in ordered) reader.Index(c);
            foreach (var c in ordered)
            {
                ct.ThrowIfCancellationRequested();
                reader.ReadCall(c);
            }
            return reader._facts;
        }

        private void Index(IInvocationOperation op)
        {
            var m = op.TargetMethod;
            if (Conventions.Contains(m.Name) && Strip(Receiver(op)) is ILocalReferenceOperation local) Add(_localConventions, local.Local, op);
            if (m.Locations.Length > 0 && m.Locations[0].IsInSource) Add(_callsTo, m.OriginalDefinition, op);
        }

        private static void Add(Dictionary<ISymbol, List<IInvocationOperation>> map, ISymbol key, IInvocationOperation op)
        {
            if (!map.TryGetValue(key, out var list)) map[key] = list = new List<IInvocationOperation>();
            list.Add(op);
        }

        private void ReadCall(IInvocationOperation op)
        {
            var m = op.TargetMethod;
            string name = m.Name;
            var thisType = m.IsExtensionMethod && m.Parameters.Length > 0 ? m.Parameters[0].Type : m.ContainingType;
            string containing = m.ContainingType?.Name ?? "";

            if (containing == "WebApplication" && name is "CreateBuilder" or "CreateSlimBuilder" or "CreateEmptyBuilder" or "Create")
            {
                _facts.IsApp = true;
                if (name is "CreateBuilder" or "Create") _facts.UsesDefaultBuilder = true;
                return;
            }
            if (name is "ConfigureWebHostDefaults" || (containing == "WebHost" && name == "CreateDefaultBuilder"))
            {
                _facts.IsApp = true;
                _facts.UsesDefaultBuilder = true;
                return;
            }
            if (name == "ConfigureWebHost") _facts.IsApp = true;

            if (_t.HealthChecksBuilder is not null && _t.Is(thisType, _t.HealthChecksBuilder) && name.StartsWith("Add", System.StringComparison.Ordinal))
            {
                _facts.Registrations.Add(ReadRegistration(op));
                return;
            }
            if (_t.KestrelServerOptions is not null && _t.Is(thisType, _t.KestrelServerOptions))
            {
                ReadKestrel(op);
                return;
            }
            switch (name)
            {
                case "UseUrls":
                    foreach (var s in Strings(op.Arguments.Length > 1 ? op.Arguments[op.Arguments.Length - 1].Value : null)) AddCodeUrl(s);
                    if (!op.Arguments.Skip(1).Any()) _facts.CodeUrlsUnknown = true;
                    return;
                case "UseSetting" when op.Arguments.Length >= 3:
                    string? key = Constant(op.Arguments[1].Value);
                    if (key is not null && key.Equals("urls", System.StringComparison.OrdinalIgnoreCase)) AddCodeUrl(Constant(op.Arguments[2].Value));
                    else if (key is not null && (key.Equals("http_ports", System.StringComparison.OrdinalIgnoreCase) || key.Equals("https_ports", System.StringComparison.OrdinalIgnoreCase))) _facts.CodeUrlsUnknown = true;
                    return;
                case "Add" when Strip(op.Instance) is IPropertyReferenceOperation { Property.Name: "Urls" } urls && urls.Property.ContainingType?.Name == "WebApplication":
                    AddCodeUrl(op.Arguments.Length > 0 ? Constant(op.Arguments[0].Value) : null);
                    return;
                case "Run" or "RunAsync" or "StartAsync" when containing == "WebApplication":
                    foreach (var a in op.Arguments)
                    {
                        if (a.Parameter?.Name == "url" && a.ArgumentKind != ArgumentKind.DefaultValue && !(Strip(a.Value)?.ConstantValue is { HasValue: true, Value: null })) AddCodeUrl(Constant(a.Value));
                    }
                    return;
                case "AddInMemoryCollection" or "AddIniFile" or "AddXmlFile" or "AddKeyPerFile" or "AddAzureAppConfiguration" or "AddAzureKeyVault"
                    or "AddSystemsManager" or "ConfigureAppConfiguration" or "ConfigureHostConfiguration" or "AddConfiguration":
                    if (containing.IndexOf("Configuration", System.StringComparison.Ordinal) >= 0 || name.StartsWith("Configure", System.StringComparison.Ordinal) || name.StartsWith("AddAzure", System.StringComparison.Ordinal) || name == "AddSystemsManager") _facts.ConfigurationUnknown = true;
                    return;
                case "AddJsonFile":
                    // The default appsettings files are read anyway; any other file may set the URLs.
                    string? file = op.Arguments.Length > 1 ? Constant(op.Arguments[1].Value) : null;
                    if (file is null || !file.StartsWith("appsettings", System.StringComparison.OrdinalIgnoreCase)) _facts.ConfigurationUnknown = true;
                    return;
                case "AddAuthorization":
                    foreach (var assignment in op.Descendants().OfType<ISimpleAssignmentOperation>())
                    {
                        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "FallbackPolicy" } && !IsNull(assignment.Value)) _facts.FallbackPolicy = true;
                    }
                    return;
                case "SetFallbackPolicy":
                    if (op.Arguments.Length > 0 && !IsNull(op.Arguments[op.Arguments.Length - 1].Value)) _facts.FallbackPolicy = true;
                    return;
                case "AddHttpsRedirection":
                    foreach (var assignment in op.Descendants().OfType<ISimpleAssignmentOperation>())
                    {
                        if (assignment.Target is IPropertyReferenceOperation { Property.Name: "HttpsPort" } && Strip(assignment.Value)?.ConstantValue is { HasValue: true, Value: int port }) _facts.HttpsRedirectPort = port;
                    }
                    return;
            }

            if (name is "MapGrpcHealthChecksService" or "MapGrpcService" && _t.Is(thisType, _t.EndpointRouteBuilder))
            {
                ReadEndpointMap(op, name);
                return;
            }
            // The user's own helpers are read through their bodies (and their parameters through these call sites).
            if (m.Locations.Length > 0 && m.Locations[0].IsInSource) return;
            // Conventions (RequireAuthorization, RequireHost …) are read where the endpoint or group they apply to is resolved.
            if (Conventions.Contains(name)) return;
            if (_t.Is(thisType, _t.EndpointRouteBuilder) && name.StartsWith("Map", System.StringComparison.Ordinal))
            {
                ReadEndpointMap(op, name);
                return;
            }
            if (_t.ApplicationBuilder is not null && _t.Is(thisType, _t.ApplicationBuilder) && name.StartsWith("Use", System.StringComparison.Ordinal) || name is "Run" or "Map" or "MapWhen" && _t.Is(thisType, _t.ApplicationBuilder))
            {
                ReadMiddleware(op, name, m);
            }
        }

        private void AddCodeUrl(string? url)
        {
            if (url is null) _facts.CodeUrlsUnknown = true;
            else _facts.CodeUrls.Add(url);
        }

        private void ReadEndpointMap(IInvocationOperation op, string name)
        {
            if (name is "MapGroup" or "UseEndpoints") return; // resolved where used
            if (name == "MapGrpcHealthChecksService")
            {
                _facts.MapsGrpcHealthService = true;
                _facts.MapsGrpcServices = true;
                _facts.GrpcHealthLocation ??= op.Syntax.GetLocation();
                return;
            }
            if (name == "MapGrpcService")
            {
                _facts.MapsGrpcServices = true;
                if (op.TargetMethod.TypeArguments.Length == 1 && DerivesFromGrpcHealth(op.TargetMethod.TypeArguments[0]))
                {
                    _facts.MapsGrpcHealthService = true;
                    _facts.GrpcHealthLocation ??= op.Syntax.GetLocation();
                }
                return;
            }
            if (name is "MapGrpcReflectionService" or "MapOpenApi" or "MapScalarApiReference" or "MapPrometheusScrapingEndpoint") return; // fixed paths of their own, never a probe's
            if (name is "MapStaticAssets")
            {
                _facts.ServesStaticFiles = true;
                return;
            }
            if (OpenEndedMaps.Contains(name) || !(name is "MapGet" or "MapPost" or "MapPut" or "MapDelete" or "MapPatch" or "Map" or "MapMethods" or "MapHealthChecks" or "MapHub" or "MapSwagger"))
            {
                _facts.Unknown(name + "() maps routes the analyzer cannot list");
                return;
            }
            if (name == "MapSwagger") return;
            string? pattern = null;
            bool patternFound = false;
            IOperation? options = null;
            IOperation? methods = null;
            foreach (var a in op.Arguments)
            {
                if (a.Parameter is null) continue;
                if (a.Parameter.Name is "pattern" && a.Parameter.Type.SpecialType == SpecialType.System_String)
                {
                    patternFound = true;
                    pattern = Constant(a.Value);
                }
                else if (a.Parameter.Name == "options") options = a.ArgumentKind == ArgumentKind.DefaultValue ? null : a.Value;
                else if (a.Parameter.Name == "httpMethods") methods = a.Value;
            }
            if (!patternFound || pattern is null)
            {
                _facts.Unknown(name + "() with a pattern that is not a constant");
                return;
            }
            var contexts = Resolve(Receiver(op), 0);
            if (contexts is null)
            {
                _facts.Unknown(name + "(\"" + pattern + "\") on a route builder whose prefix cannot be known");
                return;
            }
            var kind = name switch
            {
                "MapHealthChecks" => EndpointKind.Health,
                "MapGet" or "Map" or "MapHub" => EndpointKind.Get,
                "MapMethods" => AnswersGet(methods) ? EndpointKind.Get : EndpointKind.OtherMethods,
                _ => EndpointKind.OtherMethods,
            };
            var own = new RouteContext("");
            ApplyUpwards(op, own);
            ReadHandlerAttributes(op, own);
            bool dev = InDevelopmentBranch(op.Syntax);
            foreach (var ctx in contexts)
            {
                var e = new AppEndpoint(Join(ctx.Prefix, pattern), kind, name + "(\"" + pattern + "\")", op.Syntax.GetLocation())
                {
                    DevelopmentOnly = dev || ctx.DevelopmentOnly,
                    RequiresAuthorization = ctx.Authorization || own.Authorization,
                    AllowsAnonymous = ctx.Anonymous || own.Anonymous,
                    RequiredHosts = Merge(ctx.Hosts, own.Hosts),
                };
                if (kind == EndpointKind.Health) SetPredicate(e, options);
                _facts.Endpoints.Add(e);
            }
        }

        private void ReadMiddleware(IInvocationOperation op, string name, IMethodSymbol m)
        {
            if (name == "UseHealthChecks")
            {
                string? path = null;
                int? port = null;
                bool portUnknown = false;
                IOperation? options = null;
                foreach (var a in op.Arguments)
                {
                    if (a.Parameter is null) continue;
                    if (a.Parameter.Name == "path") path = Constant(a.Value);
                    else if (a.Parameter.Name == "port")
                    {
                        var v = Strip(a.Value)?.ConstantValue;
                        if (v is { HasValue: true, Value: int p }) port = p;
                        else if (v is { HasValue: true, Value: string ps } && int.TryParse(ps, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int pp)) port = pp;
                        else portUnknown = true;
                    }
                    else if (a.Parameter.Name == "options") options = a.Value;
                }
                if (path is null || portUnknown || Resolve(Receiver(op), 0) is not { } roots || roots.Any(r => r.Prefix.Length > 0))
                {
                    _facts.Unknown("UseHealthChecks() with a path or port the analyzer cannot resolve");
                    return;
                }
                var e = new AppEndpoint(Join("", path), EndpointKind.Health, "UseHealthChecks(\"" + path + "\")", op.Syntax.GetLocation())
                {
                    IsMiddleware = true,
                    OnlyPort = port,
                    DevelopmentOnly = InDevelopmentBranch(op.Syntax),
                };
                SetPredicate(e, options);
                _facts.Endpoints.Add(e);
                return;
            }
            if (InDevelopmentBranch(op.Syntax)) return; // not in the container's Production pipeline
            switch (name)
            {
                case "UseHttpsRedirection":
                    _facts.UsesHttpsRedirection = true;
                    return;
                case "UseHostFiltering":
                    _facts.UsesHostFiltering = true;
                    return;
                case "UseStaticFiles":
                    _facts.ServesStaticFiles = true;
                    return;
                case "UseEndpoints":
                    return;
            }
            if (OpenEndedMiddleware.Contains(name))
            {
                _facts.Unknown(name + "() may answer any path");
                return;
            }
            string assembly = m.ContainingAssembly?.Name ?? "";
            bool known = assembly.StartsWith("Microsoft.AspNetCore", System.StringComparison.Ordinal) || assembly.StartsWith("Swashbuckle", System.StringComparison.Ordinal)
                || assembly.StartsWith("Serilog", System.StringComparison.Ordinal) || assembly.StartsWith("NSwag", System.StringComparison.Ordinal)
                || assembly.StartsWith("OpenTelemetry", System.StringComparison.Ordinal) || assembly.StartsWith("Grpc.AspNetCore", System.StringComparison.Ordinal);
            if (!known) _facts.Unknown(name + "() (" + assembly + ") may answer paths the analyzer cannot see");
        }

        private void ReadKestrel(IInvocationOperation op)
        {
            string name = op.TargetMethod.Name;
            if (!name.StartsWith("Listen", System.StringComparison.Ordinal)) return;
            if (InDevelopmentBranch(op.Syntax)) return;
            if (name is "ListenUnixSocket" or "ListenNamedPipe" or "ListenHandle") return; // no TCP port
            int? port = null;
            bool loopback = name == "ListenLocalhost";
            foreach (var a in op.Arguments)
            {
                if (a.Parameter is null) continue;
                if (a.Parameter.Name == "port") port = Strip(a.Value)?.ConstantValue is { HasValue: true, Value: int p } ? p : null;
                else if (a.Parameter.Name == "address")
                {
                    var addr = Strip(a.Value);
                    if (addr is IFieldReferenceOperation f && f.Field.ContainingType?.Name == "IPAddress") loopback = f.Field.Name is "Loopback" or "IPv6Loopback";
                    else if (addr is IInvocationOperation { TargetMethod.Name: "Parse" } parse && parse.Arguments.Length == 1 && Constant(parse.Arguments[0].Value) is { } ip) loopback = ip is "127.0.0.1" or "::1";
                }
                else if (a.Parameter.Name == "endPoint") port = null;
            }
            if (port is null)
            {
                _facts.KestrelUnknown = true;
                return;
            }
            bool https = op.Descendants().OfType<IInvocationOperation>().Any(i => i.TargetMethod.Name == "UseHttps");
            _facts.KestrelListens.Add(new ListenPort(port.Value, https, loopback));
        }

        private HealthRegistration ReadRegistration(IInvocationOperation op)
        {
            var m = op.TargetMethod;
            string? name = null;
            IReadOnlyList<string>? tags = System.Array.Empty<string>();
            foreach (var a in op.Arguments)
            {
                if (a.Parameter is null) continue;
                if (a.Parameter.Name == "name")
                {
                    name = a.ArgumentKind == ArgumentKind.DefaultValue
                        ? (m.Name == "AddDbContextCheck" && m.TypeArguments.Length == 1 ? m.TypeArguments[0].Name : null)
                        : Constant(a.Value);
                }
                else if (a.Parameter.Name == "tags")
                {
                    tags = a.ArgumentKind == ArgumentKind.DefaultValue || IsNull(a.Value) ? System.Array.Empty<string>() : StringList(a.Value);
                }
            }
            bool dependency;
            string assembly = m.ContainingAssembly?.Name ?? "";
            if (DependencyChecks.Contains(m.Name)) dependency = true;
            else if (assembly.StartsWith("HealthChecks.", System.StringComparison.Ordinal) && !assembly.StartsWith("HealthChecks.System", System.StringComparison.Ordinal)
                     && !assembly.StartsWith("HealthChecks.UI", System.StringComparison.Ordinal) && !assembly.StartsWith("HealthChecks.Publisher", System.StringComparison.Ordinal)) dependency = true;
            else if (tags is not null && tags.Any(t => LivenessTags.Contains(t))) dependency = false;
            else
            {
                var words = new List<string>();
                if (name is not null) words.Add(name);
                if (tags is not null) words.AddRange(tags);
                foreach (var ta in m.TypeArguments) words.Add(ta.Name);
                dependency = words.Any(w => Tokens(w).Any(DependencyWords.Contains));
            }
            return new HealthRegistration(m.Name, name, tags, dependency);
        }

        /// <summary>Splits <c>MyDbContext</c>, <c>orders-db</c>, <c>PostgreSQL</c> into lowercase words (and the whole).</summary>
        internal static IEnumerable<string> Tokens(string text)
        {
            yield return text.ToLowerInvariant();
            var sb = new System.Text.StringBuilder();
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (!char.IsLetterOrDigit(c))
                {
                    if (sb.Length > 0) yield return sb.ToString();
                    sb.Clear();
                    continue;
                }
                if (sb.Length > 0 && char.IsUpper(c) && i > 0 && char.IsLower(text[i - 1]))
                {
                    yield return sb.ToString();
                    sb.Clear();
                }
                sb.Append(char.ToLowerInvariant(c));
            }
            if (sb.Length > 0) yield return sb.ToString();
        }

        private void SetPredicate(AppEndpoint e, IOperation? options)
        {
            options = Strip(options);
            if (options is null || IsNull(options)) return;
            if (options is ILocalReferenceOperation local && FindInitializer(local) is { } initial) options = Strip(initial);
            if (options is IObjectCreationOperation creation)
            {
                if (creation.Initializer is null) return;
                foreach (var init in creation.Initializer.Initializers)
                {
                    if (init is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Predicate" } } assignment)
                    {
                        if (IsNull(assignment.Value)) return;
                        var predicate = ReadPredicate(Strip(assignment.Value));
                        if (predicate is null) e.PredicateUnknown = true;
                        else e.Predicate = predicate;
                    }
                }
                return;
            }
            e.PredicateUnknown = true;
        }

        private static System.Func<HealthRegistration, bool?>? ReadPredicate(IOperation? value)
        {
            if (value is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda } && lambda.Symbol.Parameters.Length == 1)
            {
                var body = lambda.Body.Operations;
                if (body.Length >= 1 && body[0] is IReturnOperation { ReturnedValue: { } returned }) return ReadCondition(returned, lambda.Symbol.Parameters[0]);
            }
            return null;
        }

        private static System.Func<HealthRegistration, bool?>? ReadCondition(IOperation e, IParameterSymbol r)
        {
            e = Strip(e)!;
            if (e.ConstantValue is { HasValue: true, Value: bool b }) return _ => b;
            switch (e)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    var inner = ReadCondition(not.Operand, r);
                    return inner is null ? null : x => inner(x) is bool v ? !v : null;
                case IBinaryOperation bin when bin.OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And or BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.Or:
                    var left = ReadCondition(bin.LeftOperand, r);
                    var right = ReadCondition(bin.RightOperand, r);
                    if (left is null || right is null) return null;
                    if (bin.OperatorKind is BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And)
                        return x => left(x) == false || right(x) == false ? false : left(x) == true && right(x) == true ? true : null;
                    return x => left(x) == true || right(x) == true ? true : left(x) == false && right(x) == false ? false : null;
                case IBinaryOperation eq when eq.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
                    string? constant = Constant(eq.RightOperand) ?? Constant(eq.LeftOperand);
                    bool nameSide = IsMember(eq.LeftOperand, r, "Name") || IsMember(eq.RightOperand, r, "Name");
                    if (constant is null || !nameSide) return null;
                    bool equals = eq.OperatorKind == BinaryOperatorKind.Equals;
                    return x => x.Name is null ? null : string.Equals(x.Name, constant, System.StringComparison.Ordinal) == equals;
                case IInvocationOperation { TargetMethod.Name: "Contains" } contains:
                    IOperation? set = contains.Instance ?? (contains.Arguments.Length == 2 ? contains.Arguments[0].Value : null);
                    IOperation? item = contains.Instance is not null ? (contains.Arguments.Length == 1 ? contains.Arguments[0].Value : null) : (contains.Arguments.Length == 2 ? contains.Arguments[1].Value : null);
                    string? tag = item is null ? null : Constant(item);
                    if (tag is null || set is null || !IsMember(set, r, "Tags")) return null;
                    return x => x.Tags is null ? null : x.Tags.Any(t => string.Equals(t, tag, System.StringComparison.OrdinalIgnoreCase));
            }
            return null;
        }

        private static bool IsMember(IOperation op, IParameterSymbol r, string member) =>
            Strip(op) is IPropertyReferenceOperation p && p.Property.Name == member && Strip(p.Instance) is IParameterReferenceOperation pr && SymbolEqualityComparer.Default.Equals(pr.Parameter, r);

        private static bool DerivesFromGrpcHealth(ITypeSymbol type)
        {
            for (var b = type.BaseType; b is not null; b = b.BaseType)
            {
                if (b.Name == "HealthBase" && b.ContainingType?.Name == "Health") return true;
            }
            return false;
        }

        private static bool AnswersGet(IOperation? methods)
        {
            var list = methods is null ? null : StringList(methods);
            return list is null || list.Any(m => m.Equals("GET", System.StringComparison.OrdinalIgnoreCase));
        }

        // ---- route builders: prefixes and conventions ----

        /// <summary>A place endpoints are mapped on: its prefix and the conventions that apply to everything in it.</summary>
        private sealed class RouteContext
        {
            public RouteContext(string prefix) => Prefix = prefix;

            public string Prefix { get; set; }
            public bool Authorization { get; set; }
            public bool Anonymous { get; set; }
            public List<string>? Hosts { get; set; }
            public bool DevelopmentOnly { get; set; }

            public RouteContext Copy() => new(Prefix) { Authorization = Authorization, Anonymous = Anonymous, Hosts = Hosts is null ? null : new List<string>(Hosts), DevelopmentOnly = DevelopmentOnly };
        }

        /// <summary>The contexts a builder expression stands for (several when a helper is called from several places); null = cannot tell.</summary>
        private List<RouteContext>? Resolve(IOperation? expr, int depth)
        {
            expr = Strip(expr);
            if (expr is null || depth > MaxDepth) return null;
            if (_t.WebApplication is not null && expr.Type is { } type && SymbolEqualityComparer.Default.Equals(type, _t.WebApplication)) return new List<RouteContext> { new("") };
            switch (expr)
            {
                case IInvocationOperation inv when inv.TargetMethod.Name == "MapGroup":
                {
                    var parents = Resolve(Receiver(inv), depth + 1);
                    string? prefix = null;
                    foreach (var a in inv.Arguments) if (a.Parameter?.Name == "prefix" && a.Parameter.Type.SpecialType == SpecialType.System_String) prefix = Constant(a.Value);
                    if (parents is null || prefix is null) return null;
                    bool dev = InDevelopmentBranch(inv.Syntax);
                    return parents.Select(p =>
                    {
                        var c = p.Copy();
                        c.Prefix = Join(p.Prefix, prefix);
                        c.DevelopmentOnly |= dev;
                        return c;
                    }).ToList();
                }
                case IInvocationOperation conv when Conventions.Contains(conv.TargetMethod.Name) || PassesThrough(conv):
                {
                    var inner = Resolve(Receiver(conv), depth + 1);
                    if (inner is null) return null;
                    foreach (var c in inner) Apply(conv, c);
                    return inner;
                }
                case ILocalReferenceOperation local:
                {
                    if (FindInitializer(local) is not { } init) return null;
                    var inner = Resolve(init, depth + 1);
                    if (inner is null) return null;
                    if (_localConventions.TryGetValue(local.Local, out var convs)) foreach (var c in inner) foreach (var cv in convs) Apply(cv, c);
                    return inner;
                }
                case IParameterReferenceOperation parameter:
                    return ResolveParameter(parameter, depth);
            }
            return null;
        }

        private List<RouteContext>? ResolveParameter(IParameterReferenceOperation reference, int depth)
        {
            var parameter = reference.Parameter;
            if (parameter.ContainingSymbol is not IMethodSymbol owner) return null;
            if (owner.MethodKind is MethodKind.AnonymousFunction or MethodKind.LambdaMethod)
            {
                // app.UseEndpoints(endpoints => …): the root of the app it is called on.
                for (IOperation? p = reference.Parent; p is not null; p = p.Parent)
                {
                    if (p is IAnonymousFunctionOperation f && SymbolEqualityComparer.Default.Equals(f.Symbol, owner))
                    {
                        var call = p.Parent is IDelegateCreationOperation d ? d.Parent?.Parent as IInvocationOperation : null;
                        if (call?.TargetMethod.Name == "UseEndpoints") return Resolve(Receiver(call), depth + 1);
                        return null;
                    }
                }
                return null;
            }
            // Startup.Configure(IApplicationBuilder app): the root.
            if (owner.Name == "Configure" && !owner.IsExtensionMethod && _t.Is(parameter.Type, _t.ApplicationBuilder)) return new List<RouteContext> { new("") };
            if (!_callsTo.TryGetValue(owner.OriginalDefinition, out var calls) || calls.Count == 0) return null;
            var all = new List<RouteContext>();
            foreach (var call in calls)
            {
                IOperation? argument = null;
                foreach (var a in call.Arguments) if (a.Parameter is { } ap && ap.Ordinal == parameter.Ordinal) argument = a.Value;
                var r = Resolve(argument, depth + 1);
                if (r is null) return null;
                bool dev = InDevelopmentBranch(call.Syntax);
                foreach (var c in r) c.DevelopmentOnly |= dev;
                all.AddRange(r);
            }
            return all;
        }

        private void ApplyUpwards(IInvocationOperation map, RouteContext target)
        {
            IOperation current = map;
            for (int guard = 0; guard < 32; guard++)
            {
                var parent = current.Parent;
                while (parent is IConversionOperation or IParenthesizedOperation)
                {
                    current = parent;
                    parent = parent.Parent;
                }
                if (parent is IArgumentOperation arg && arg.Parent is IInvocationOperation outer && (Conventions.Contains(outer.TargetMethod.Name) || PassesThrough(outer)) && outer.Arguments.Length > 0 && ReferenceEquals(outer.Arguments[0], arg))
                {
                    Apply(outer, target);
                    current = outer;
                    continue;
                }
                if (parent is IInvocationOperation instanceCall && ReferenceEquals(instanceCall.Instance, current) && (Conventions.Contains(instanceCall.TargetMethod.Name) || PassesThrough(instanceCall)))
                {
                    Apply(instanceCall, target);
                    current = instanceCall;
                    continue;
                }
                if (parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } && _localConventions.TryGetValue(declarator.Symbol, out var convs))
                {
                    foreach (var c in convs) Apply(c, target);
                }
                return;
            }
        }

        /// <summary>A builder call that returns the builder it is called on (<c>WithTags</c>, <c>WithName</c>, <c>CacheOutput</c> …): the same endpoints or group.</summary>
        private static bool PassesThrough(IInvocationOperation call) =>
            call.TargetMethod.Name != "MapGroup" && Strip(Receiver(call)) is { Type: { } receiverType } && call.Type is { } type && SymbolEqualityComparer.Default.Equals(type, receiverType);

        private static void Apply(IInvocationOperation convention, RouteContext target)
        {
            switch (convention.TargetMethod.Name)
            {
                case "RequireAuthorization":
                    target.Authorization = true;
                    return;
                case "AllowAnonymous":
                    target.Anonymous = true;
                    return;
                case "RequireHost":
                    var hosts = new List<string>();
                    foreach (var a in convention.Arguments.Skip(1))
                    {
                        var list = StringList(a.Value);
                        if (list is null) return; // hosts not known: assume the probe's host may be one of them
                        hosts.AddRange(list);
                    }
                    target.Hosts = Merge(target.Hosts, hosts);
                    return;
            }
        }

        private void ReadHandlerAttributes(IInvocationOperation op, RouteContext target)
        {
            foreach (var a in op.Arguments)
            {
                ISymbol? handler = Strip(a.Value) switch
                {
                    IDelegateCreationOperation { Target: IAnonymousFunctionOperation f } => f.Symbol,
                    IDelegateCreationOperation { Target: IMethodReferenceOperation mr } => mr.Method,
                    _ => null,
                };
                if (handler is null) continue;
                foreach (var attribute in handler.GetAttributes())
                {
                    if (_t.Is(attribute.AttributeClass, _t.AllowAnonymous)) target.Anonymous = true;
                    else if (_t.Is(attribute.AttributeClass, _t.AuthorizeData)) target.Authorization = true;
                }
            }
        }

        private static List<string>? Merge(List<string>? a, List<string>? b)
        {
            if (a is null) return b;
            if (b is null) return a;
            // Both restrict: only hosts that both allow are reachable (approximated by the inner list).
            return b;
        }

        // ---- helpers ----

        private static IOperation? FindInitializer(ILocalReferenceOperation local)
        {
            IOperation root = local;
            while (root.Parent is not null) root = root.Parent;
            IOperation? found = null;
            int assignments = 0;
            foreach (var d in root.Descendants())
            {
                if (d is IVariableDeclaratorOperation v && SymbolEqualityComparer.Default.Equals(v.Symbol, local.Local)) found = v.Initializer?.Value ?? (v.Parent as IVariableDeclarationOperation)?.Initializer?.Value;
                else if (d is ISimpleAssignmentOperation { Target: ILocalReferenceOperation t } && SymbolEqualityComparer.Default.Equals(t.Local, local.Local)) assignments++;
            }
            return assignments == 0 ? found : null;
        }

        internal static IOperation? Receiver(IInvocationOperation op) =>
            op.Instance ?? (op.TargetMethod.IsExtensionMethod && op.Arguments.Length > 0 ? op.Arguments[0].Value : null);

        internal static IOperation? Strip(IOperation? op)
        {
            while (op is IConversionOperation or IParenthesizedOperation)
            {
                op = op switch
                {
                    IConversionOperation c => c.Operand,
                    IParenthesizedOperation p => p.Operand,
                    _ => op,
                };
            }
            return op;
        }

        private static bool IsNull(IOperation? op) => Strip(op) is { ConstantValue: { HasValue: true, Value: null } } || Strip(op) is IDefaultValueOperation;

        /// <summary>A string constant (const fields, concatenations, constant interpolations), through conversions (string → PathString).</summary>
        internal static string? Constant(IOperation? op)
        {
            if (op is null) return null;
            if (op.ConstantValue is { HasValue: true, Value: string s }) return s;
            var stripped = Strip(op);
            if (stripped is not null && stripped.ConstantValue is { HasValue: true, Value: string t }) return t;
            return null;
        }

        private static IReadOnlyList<string>? StringList(IOperation? op)
        {
            op = Strip(op);
            if (op is null) return null;
            if (Constant(op) is { } single) return new[] { single };
            IEnumerable<IOperation>? elements = op switch
            {
                IArrayCreationOperation { Initializer: { } init } => init.ElementValues,
                ICollectionExpressionOperation collection => collection.Elements,
                _ => null,
            };
            if (elements is null) return null;
            var list = new List<string>();
            foreach (var e in elements)
            {
                if (Constant(e) is not { } v) return null;
                list.Add(v);
            }
            return list;
        }

        private static IEnumerable<string?> Strings(IOperation? op)
        {
            var list = StringList(op);
            if (list is null) return new string?[] { null };
            return list;
        }

        internal static string Join(string prefix, string pattern)
        {
            string a = prefix.Trim('/');
            string b = pattern.TrimStart('~').Trim('/');
            if (a.Length == 0) return "/" + b;
            if (b.Length == 0) return "/" + a;
            return "/" + a + "/" + b;
        }

        /// <summary>True inside the true branch of <c>if (….IsDevelopment())</c> (or <c>IsEnvironment("Development")</c>).</summary>
        internal static bool InDevelopmentBranch(SyntaxNode node)
        {
            for (SyntaxNode? n = node; n is not null; n = n.Parent)
            {
                if (n.Parent is IfStatementSyntax ifs && ifs.Statement == n && IsDevelopmentCheck(ifs.Condition)) return true;
                if (n is MemberDeclarationSyntax) return false;
            }
            return false;
        }

        private static bool IsDevelopmentCheck(ExpressionSyntax condition)
        {
            while (condition is ParenthesizedExpressionSyntax p) condition = p.Expression;
            if (condition is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } and) return IsDevelopmentCheck(and.Left) || IsDevelopmentCheck(and.Right);
            if (condition is not InvocationExpressionSyntax inv) return false;
            string? name = inv.Expression switch
            {
                MemberAccessExpressionSyntax ma => ma.Name.Identifier.ValueText,
                IdentifierNameSyntax id => id.Identifier.ValueText,
                _ => null,
            };
            if (name == "IsDevelopment") return true;
            return name == "IsEnvironment" && inv.ArgumentList.Arguments.Count >= 1
                && inv.ArgumentList.Arguments[inv.ArgumentList.Arguments.Count - 1].Expression is LiteralExpressionSyntax lit
                && string.Equals(lit.Token.ValueText, "Development", System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
