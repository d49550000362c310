namespace WebApi;

/// <summary>The application, built in a method so tests can start it on a loopback port.</summary>
public static class WebApiApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        var app = builder.Build();
        var started = false;
        app.Lifetime.ApplicationStarted.Register(() => Volatile.Write(ref started, true));

        app.MapGet(Endpoints.Liveness, () => Results.Text("alive"));
        app.MapGet(Endpoints.Readiness, () => Volatile.Read(ref started) ? Results.Text("ready") : Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        app.MapGet("/", () => Results.Text("Hello from a ProbeGen sample"));
        return app;
    }
}
