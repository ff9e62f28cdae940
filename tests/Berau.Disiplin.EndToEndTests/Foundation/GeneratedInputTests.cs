using System.Collections;
using Berau.Disiplin.Contracts.Discipline.V1;
using Berau.Disiplin.Contracts.Personnel.V1;
using Berau.Disiplin.Contracts.Reporting.V1;
using Berau.Disiplin.EndToEndTests.Infrastructure;
using Berau.Disiplin.Hosting.Auth;
using Berau.Disiplin.Hosting.Inputs;
using CsCheck;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Npgsql;

namespace Berau.Disiplin.EndToEndTests.Foundation;

/// <summary>
/// Issue 11, item 1: every RPC of the three services, driven through protobuf reflection with generated hostile
/// requests (NUL, control and bidi characters, huge strings, timestamps out of range or with bad nanos, random enums
/// and numbers): each is INVALID_ARGUMENT, never INTERNAL or UNKNOWN; no table grows (nothing stored, nothing put in an
/// outbox); no log line carries a raw control character.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class GeneratedInputTests(SuiteHost suite)
{
    private static readonly string[] Hostile =
        ["\0", "a\0b", "\u001b[31mred", "x\u0007", "\u202Eevil", "\u2066iso\u2069", "\r\nINFO forged line", "\u0085", "\u007f"];

    private static readonly string[] Benign =
        ["", "x", "199710172020032712", "KTR-BRU-2024-0117", "00000000-0000-0000-0000-000000000000", "line\nbreak",
         new string('A', 5000), "https://example.org/a", "ÄÖ 漢字 😀"];

    [Fact]
    public async Task Hostile_requests_to_every_rpc_are_invalid_argument_and_leave_no_trace()
    {
        var targets = new (ServiceDescriptor Service, GrpcChannel Channel, string Database)[]
        {
            (PersonnelService.Descriptor, suite.Personnel.Channel, suite.Personnel.ConnectionString),
            (ReportingService.Descriptor, suite.Reporting.Channel, suite.Reporting.ConnectionString),
            (DisciplineService.Descriptor, suite.Discipline.Channel, suite.Discipline.ConnectionString),
        };
        var methods = targets.SelectMany(t => t.Service.Methods.Where(m => !m.IsClientStreaming)
            .Select(m => (Method: m, t.Channel))).ToArray();
        Assert.True(methods.Length > 30, $"only {methods.Length} RPCs found");

        var before = new List<Dictionary<string, long>>();
        foreach (var t in targets) before.Add(await RowCounts(t.Database));
        var logsBefore = suite.Logs.Lines.Count;
        var options = SuiteHost.AsUser("fuzzer", [Roles.Reporter, Roles.Verifier, Roles.Hr, Roles.Official, Roles.Employee, Roles.Auditor, Roles.Service]);
        var calls = 0;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();

        await Gen.Select(Gen.Int[0, methods.Length - 1], Gen.Int).SampleAsync(async sample =>
        {
            var (index, seed) = sample;
            var (method, channel) = methods[index];
            var request = Build(method.InputType, new Random(seed), 0);
            if (InputRules.Check(request).Count == 0) InjectHostile(request, new Random(seed));
            if (InputRules.Check(request).Count == 0) return; // a request type with nothing to poison
            Interlocked.Increment(ref calls);
            var code = await Call(channel, method, request, options);
            // Refused by the input rule, or earlier by the role check of an RPC none of these roles may call.
            if (code is not (StatusCode.InvalidArgument or StatusCode.PermissionDenied))
                failures.Enqueue($"{method.FullName} seed {seed}: {code} for {request}");
        }, iter: 3000, threads: 2);

        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
        Assert.True(calls > 2000, $"only {calls} hostile calls");
        for (var i = 0; i < targets.Length; i++)
        {
            var after = await RowCounts(targets[i].Database);
            foreach (var (table, count) in before[i])
                Assert.True(after[table] <= count, $"{targets[i].Service.Name}: {table} grew from {count} to {after[table]}");
        }
        var forged = suite.Logs.Lines.Skip(logsBefore).Where(l => l.Any(c =>
            (char.IsControl(c) && c is not '\n' and not '\r' and not '\t') || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')).ToList();
        Assert.True(forged.Count == 0, string.Join("\n", forged.Take(5)));
    }

    private static async Task<StatusCode> Call(GrpcChannel channel, MethodDescriptor method, IMessage request, CallOptions options)
    {
        var rpc = new Method<IMessage, IMessage>(
            method.IsServerStreaming ? MethodType.ServerStreaming : MethodType.Unary, method.Service.FullName, method.Name,
            Marshallers.Create<IMessage>(m => m.ToByteArray(), b => method.InputType.Parser.ParseFrom(b)),
            Marshallers.Create<IMessage>(m => m.ToByteArray(), b => method.OutputType.Parser.ParseFrom(b)));
        var invoker = channel.CreateCallInvoker();
        var callOptions = options.WithDeadline(DateTime.UtcNow.AddSeconds(30));
        try
        {
            if (method.IsServerStreaming)
            {
                using var stream = invoker.AsyncServerStreamingCall(rpc, null, callOptions, request);
                while (await stream.ResponseStream.MoveNext(CancellationToken.None)) { }
            }
            else
            {
                await invoker.AsyncUnaryCall(rpc, null, callOptions, request);
            }
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }

    private static IMessage Build(MessageDescriptor type, Random random, int depth)
    {
        var message = type.Parser.ParseFrom(ByteString.Empty);
        if (message is Timestamp ts)
        {
            ts.Seconds = random.Next(4) switch { 0 => long.MaxValue, 1 => -62_135_596_801L, _ => random.NextInt64(0, 2_000_000_000) };
            ts.Nanos = random.Next(4) == 0 ? -1 : random.Next(1_000_000_000);
            return message;
        }
        if (depth > 3) return message;
        foreach (var field in type.Fields.InFieldNumberOrder())
        {
            if (field.IsMap || random.Next(4) == 0) continue;
            if (field.IsRepeated)
            {
                var list = (IList)field.Accessor.GetValue(message);
                for (var n = random.Next(3); n > 0; n--)
                    if (Value(field, random, depth) is { } item) list.Add(item);
            }
            else if (Value(field, random, depth) is { } value)
            {
                field.Accessor.SetValue(message, value);
            }
        }
        return message;
    }

    private static object? Value(FieldDescriptor field, Random random, int depth) => field.FieldType switch
    {
        FieldType.String => random.Next(3) == 0 ? Hostile[random.Next(Hostile.Length)] : Benign[random.Next(Benign.Length)],
        FieldType.Message => Build(field.MessageType, random, depth + 1),
        FieldType.Enum => random.Next(-2, 40),
        FieldType.Bool => random.Next(2) == 0,
        FieldType.Int32 or FieldType.SInt32 or FieldType.SFixed32 => random.Next(4) == 0 ? int.MinValue : random.Next(-5, 1000),
        FieldType.Int64 or FieldType.SInt64 or FieldType.SFixed64 => random.Next(4) == 0 ? long.MaxValue : random.NextInt64(-5, 1000),
        FieldType.UInt32 or FieldType.Fixed32 => (uint)random.Next(1000),
        FieldType.UInt64 or FieldType.Fixed64 => (ulong)random.Next(1000),
        FieldType.Double => random.NextDouble() * 1e6,
        FieldType.Float => (float)random.NextDouble(),
        FieldType.Bytes => ByteString.CopyFrom(new byte[random.Next(64)]),
        _ => null,
    };

    /// <summary>Puts a value the input rule refuses into the first string or timestamp field found.</summary>
    private static bool InjectHostile(IMessage message, Random random)
    {
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            if (field.IsMap || field.ContainingOneof is not null && field.ContainingOneof.Accessor.GetCaseFieldDescriptor(message) is { } set && set != field)
                continue;
            if (field.FieldType == FieldType.String)
            {
                var value = Hostile[random.Next(Hostile.Length)].Replace("\r\n", "\0", StringComparison.Ordinal);
                if (field.IsRepeated) ((IList)field.Accessor.GetValue(message)).Add(value);
                else field.Accessor.SetValue(message, value);
                return true;
            }
            if (field.FieldType == FieldType.Message && !field.IsRepeated)
            {
                if (field.MessageType.FullName == Timestamp.Descriptor.FullName)
                {
                    field.Accessor.SetValue(message, new Timestamp { Seconds = long.MaxValue });
                    return true;
                }
                var child = (IMessage?)field.Accessor.GetValue(message) ?? field.MessageType.Parser.ParseFrom(ByteString.Empty);
                if (InjectHostile(child, random))
                {
                    field.Accessor.SetValue(message, child);
                    return true;
                }
            }
        }
        return false;
    }

    private static async Task<Dictionary<string, long>> RowCounts(string connectionString)
    {
        // Unpooled: no idle connection of this test outlives it.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select table_schema || '.\"' || table_name || '\"' from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"select count(*) from {table}", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return counts;
    }
}
