using System.Net;
using k8s.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WebApi;

namespace ProbeGen.Tests;

/// <summary>
/// The Deployment's probes hit the app's real endpoints on its real port: the app is started on loopback and sent
/// exactly the requests the kubelet would send for each httpGet probe (GET, the probe's headers, kube-probe user
/// agent); success is a status of 200–399, as for the kubelet.
/// </summary>
public class WebApiProbeTests : IAsyncLifetime
{
    private WebApplication? _app;
    private int _port;

    public async Task InitializeAsync()
    {
        _app = WebApiApp.Build(new[] { "--urls", "http://127.0.0.1:0" });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _port = new Uri(address).Port;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }

    private static V1Container Container => WebApiDeployment.CreateManifest().Spec.Template.Spec.Containers.Single();

    [Fact]
    public void ProbePorts_ResolveToWhereKestrelListensInTheContainer()
    {
        var c = Container;
        int kestrelPort = int.Parse(c.Env.Single(e => e.Name == "ASPNETCORE_HTTP_PORTS").Value);
        foreach (var probe in new[] { c.LivenessProbe, c.ReadinessProbe, c.StartupProbe })
        {
            string port = probe.HttpGet.Port.Value;
            int resolved = int.TryParse(port, out var n) ? n : c.Ports.Single(p => p.Name == port).ContainerPort;
            Assert.Equal(kestrelPort, resolved);
        }
    }

    [Fact]
    public async Task EveryHttpProbe_SucceedsAgainstTheRunningApp_AsTheKubeletWouldSendIt()
    {
        var c = Container;
        int containerPort = int.Parse(c.Env.Single(e => e.Name == "ASPNETCORE_HTTP_PORTS").Value);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var probes = new[] { ("liveness", c.LivenessProbe), ("readiness", c.ReadinessProbe), ("startup", c.StartupProbe) };
        foreach (var (kind, probe) in probes)
        {
            var get = probe.HttpGet;
            string port = get.Port.Value;
            int target = int.TryParse(port, out var n) ? n : c.Ports.Single(p => p.Name == port).ContainerPort;
            Assert.Equal(containerPort, target);
            // The container's port is mapped to where the test started Kestrel.
            var uri = new UriBuilder((get.Scheme ?? "HTTP").ToLowerInvariant(), get.Host ?? "127.0.0.1", _port, get.Path ?? "/").Uri;
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("User-Agent", "kube-probe/1.32");
            request.Headers.TryAddWithoutValidation("Accept", "*/*");
            foreach (var h in get.HttpHeaders ?? new List<V1HTTPHeader>()) request.Headers.TryAddWithoutValidation(h.Name, h.Value);
            using var response = await http.SendAsync(request);
            int status = (int)response.StatusCode;
            Assert.True(status is >= 200 and < 400, kind + " probe " + uri + " answered " + status);
        }
    }

    [Fact]
    public async Task UnmappedPath_Fails_SoTheTestCanFail()
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync("http://127.0.0.1:" + _port + "/not-a-probe-endpoint");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
