using Berau.Disiplin.Primitives;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Berau.Disiplin.Hosting.Inputs;

/// <summary>
/// The one input rule every request passes before a handler sees it, walking the message with protobuf reflection:
/// no NUL or other control character in any string (free-text fields, <see cref="IsFreeText"/>, may hold \n, \r and
/// \t), no bidi override or isolate anywhere, no unpaired surrogate, no name or code longer than
/// <see cref="MaxCodeLength"/>, and every <c>google.protobuf.Timestamp</c> inside protobuf's range with valid nanos.
/// A refusal is <c>INVALID_ARGUMENT</c> naming the field path (<c>links[2]</c>, <c>validity.valid_from</c>).
/// Lengths a column sets are checked by each use case's validator.
/// </summary>
public static class InputRules
{
    /// <summary>The longest name, code, id or link a request may carry (the longest such column is 2000).</summary>
    public const int MaxCodeLength = 2000;

    private static readonly string[] FreeTextSuffixes =
        ["description", "statement", "findings", "explanation", "note", "reason", "reasoning", "detail", "csv", "document", "text", "basis"];

    /// <summary>A field whose value is prose (or a document), where line breaks and tabs are allowed.</summary>
    public static bool IsFreeText(string fieldName) =>
        FreeTextSuffixes.Any(s => fieldName.EndsWith(s, StringComparison.Ordinal));

    /// <summary>Every violation of the input rule in <paramref name="message"/>; empty when it passes.</summary>
    public static IReadOnlyList<FieldViolation> Check(IMessage message)
    {
        var violations = new List<FieldViolation>();
        Walk(message, "", violations, 0);
        return violations;
    }

    /// <summary>Why <paramref name="value"/> breaks the rule for a field, or null when it does not.</summary>
    public static string? StringViolation(string value, bool freeText)
    {
        if (!freeText && value.Length > MaxCodeLength) return $"must be at most {MaxCodeLength} characters";
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0') return "must not contain a NUL character";
            if (char.IsControl(c) && !(freeText && c is '\n' or '\r' or '\t'))
                return $"must not contain the control character U+{(int)c:X4}";
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
                return $"must not contain the bidirectional formatting character U+{(int)c:X4}";
            if (char.IsHighSurrogate(c) && (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])))
                return "must be valid UTF-8 text";
            if (char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1])))
                return "must be valid UTF-8 text";
        }
        return null;
    }

    private static void Walk(IMessage message, string prefix, List<FieldViolation> violations, int depth)
    {
        if (depth > 32) return;
        if (message is Timestamp ts)
        {
            if (TimestampViolation(ts) is { } reason) violations.Add(new FieldViolation(prefix.TrimEnd('.'), reason));
            return;
        }
        foreach (var field in message.Descriptor.Fields.InFieldNumberOrder())
        {
            var name = prefix + field.Name;
            var value = field.Accessor.GetValue(message);
            if (field.IsMap)
            {
                if (value is System.Collections.IDictionary map)
                {
                    foreach (System.Collections.DictionaryEntry e in map)
                    {
                        if (e.Key is string k) CheckString(k, $"{name}[key]", field.Name, violations);
                        CheckValue(field, e.Value, $"{name}[{SafeText.Escape(e.Key?.ToString() ?? "")}]", violations, depth);
                    }
                }
                continue;
            }
            if (field.IsRepeated)
            {
                var i = 0;
                foreach (var item in (System.Collections.IEnumerable)value)
                    CheckValue(field, item, $"{name}[{i++}]", violations, depth);
                continue;
            }
            if (field.FieldType == FieldType.Message && field.HasPresence && !field.Accessor.HasValue(message)) continue;
            CheckValue(field, value, name, violations, depth);
        }
    }

    private static void CheckValue(FieldDescriptor field, object? value, string path, List<FieldViolation> violations, int depth)
    {
        switch (value)
        {
            case string s:
                CheckString(s, path, field.Name, violations);
                break;
            case IMessage m:
                Walk(m, path + ".", violations, depth + 1);
                break;
        }
    }

    private static void CheckString(string s, string path, string fieldName, List<FieldViolation> violations)
    {
        if (StringViolation(s, IsFreeText(fieldName)) is { } reason) violations.Add(new FieldViolation(path, reason));
    }

    private static string? TimestampViolation(Timestamp ts)
    {
        if (ts.Nanos is < 0 or > 999_999_999) return "must have nanos between 0 and 999999999";
        if (ts.Seconds is < -62_135_596_800L or > 253_402_300_799L)
            return "must be between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z";
        return null;
    }
}

/// <summary>Applies <see cref="InputRules"/> to every unary and server-streaming request and to each streamed message.</summary>
public sealed class InputRulesInterceptor : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Enforce(request);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Enforce(request);
        return continuation(request, responseStream, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context,
        ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(new CheckedReader<TRequest>(requestStream), context);

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        continuation(new CheckedReader<TRequest>(requestStream), responseStream, context);

    private static void Enforce<T>(T request)
    {
        if (request is IMessage m && InputRules.Check(m) is { Count: > 0 } violations)
            throw new ValidationFailedException(violations);
    }

    private sealed class CheckedReader<T>(IAsyncStreamReader<T> inner) : IAsyncStreamReader<T>
    {
        public T Current => inner.Current;

        public async Task<bool> MoveNext(CancellationToken cancellationToken)
        {
            if (!await inner.MoveNext(cancellationToken)) return false;
            Enforce(inner.Current);
            return true;
        }
    }
}
