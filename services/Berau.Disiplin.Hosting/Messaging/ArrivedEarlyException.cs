namespace Berau.Disiplin.Hosting.Messaging;

/// <summary>
/// A message that arrived before the one it follows (a fact about a case whose opening is still on its way: RabbitMQ
/// keeps no order between different events). It is retried like a transient fault, without a limit, until the other
/// has been handled; never dead-lettered.
/// </summary>
public sealed class ArrivedEarlyException(string message) : Exception(message);
