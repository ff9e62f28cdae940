using System.Net;
using System.Net.Sockets;

namespace Berau.Disiplin.EndToEndTests.Infrastructure;

/// <summary>
/// A loopback TCP proxy in front of a real server. <see cref="Cut"/> closes the port and every open connection, as
/// a broker that went down would; <see cref="Restore"/> opens it again. Lets a test take RabbitMQ away from one
/// service without stopping the broker the other tests share. The fault harness (deploy/Berau.Disiplin.Faults)
/// compiles this same file.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private CancellationTokenSource _cts = new();

    /// <param name="targetHost">The real server.</param>
    /// <param name="targetPort">Its port.</param>
    /// <param name="port">The loopback port the proxy listens on.</param>
    public TcpProxy(string targetHost, int targetPort, int port)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        Port = port;
        Restore();
    }

    public int Port { get; }

    public void Restore()
    {
        if (_listener is not null) return;
        _cts = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        _listener.Start();
        _ = AcceptLoop(_listener, _cts.Token);
    }

    public void Cut()
    {
        _cts.Cancel();
        _listener?.Stop();
        _listener = null;
        lock (_open)
        {
            foreach (var client in _open) client.Dispose();
            _open.Clear();
        }
    }

    private async Task AcceptLoop(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient inbound;
            try
            {
                inbound = await listener.AcceptTcpClientAsync(ct);
            }
            catch
            {
                return;
            }
            _ = Pipe(inbound, ct);
        }
    }

    private async Task Pipe(TcpClient inbound, CancellationToken ct)
    {
        var outbound = new TcpClient();
        try
        {
            await outbound.ConnectAsync(_targetHost, _targetPort, ct);
        }
        catch
        {
            inbound.Dispose();
            outbound.Dispose();
            return;
        }
        lock (_open)
        {
            _open.Add(inbound);
            _open.Add(outbound);
        }
        var a = inbound.GetStream();
        var b = outbound.GetStream();
        try
        {
            await Task.WhenAny(a.CopyToAsync(b, ct), b.CopyToAsync(a, ct));
        }
        catch
        {
            // A cut connection ends here.
        }
        finally
        {
            inbound.Dispose();
            outbound.Dispose();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}
