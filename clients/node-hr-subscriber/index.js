#!/usr/bin/env node
// An HR app's subscriber to Berau.Disiplin's public events, as BKPSDM's own system (in any language) would write
// it: plain AMQP 0-9-1 with amqplib, no MassTransit. It declares its OWN durable queue, binds it to the public
// fanout exchanges, de-duplicates on the envelope's messageId (delivery is at least once) and prints one JSON line
// per event on stdout. Status and errors go to stderr, so stdout is the events only.
//
// The contract (exchange names, the MassTransit JSON envelope, every field): docs/events.md.
//
// Settings (environment):
//   DISIPLIN_AMQP_URL         amqp://user:password@host:port[/vhost]   default amqp://disiplin:disiplin@127.0.0.1:5672
//   DISIPLIN_AMQP_VHOST       the virtual host; overrides the URL's      default /
//   DISIPLIN_QUEUE            this application's own durable queue       default hr-app.disiplin-events
//   DISIPLIN_EXCHANGES        comma-separated exchanges to bind          default the four below
//   DISIPLIN_SEEN_FILE        a file keeping the message ids already handled, so that a restart prints nothing
//                             twice either (one id a line); without it the ids are kept in memory only
//   DISIPLIN_EXIT_AFTER       exit 0 after printing this many events (for tests and scripts)
//   DISIPLIN_TIMEOUT_SECONDS  exit after this many seconds: 0 without DISIPLIN_EXIT_AFTER, else 2 (not all arrived)
"use strict";

const fs = require("node:fs");
const amqp = require("amqplib");

// The events an HR app acts on, by exchange: their type and the fields worth a line.
const EVENTS = {
  "disiplin.discipline.warning-issued.v1": {
    type: "WarningIssued",
    fields: ["sanctionCode", "sanction", "letterNumber", "issuedBy", "effectiveDate", "objectionDeadline"],
  },
  "disiplin.discipline.sanction-imposed.v1": {
    type: "SanctionImposed",
    fields: ["sanctionCode", "sanction", "level", "decisionNumber", "decidedBy", "effectiveDate", "objectionDeadline"],
  },
  // The decision's dates that bind run from its delivery: in force on day 15 from receipt, objection window from receipt.
  "disiplin.discipline.decision-delivered.v1": {
    type: "DecisionDelivered",
    fields: ["letterNumber", "method", "receivedOn", "effectiveDate", "objectionDeadline"],
  },
  "disiplin.personnel.employee-transferred.v1": {
    type: "EmployeeTransferred",
    fields: ["transferId", "fromUnitCode", "toUnitCode", "toPosition", "decreeNumber", "effectiveDate"],
  },
};

function settings(env) {
  const positive = (name) => {
    const raw = env[name];
    if (raw === undefined || raw === "") return undefined;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not '${raw}'`);
    return value;
  };
  const url = new URL(env.DISIPLIN_AMQP_URL || "amqp://disiplin:disiplin@127.0.0.1:5672");
  const vhost = env.DISIPLIN_AMQP_VHOST !== undefined && env.DISIPLIN_AMQP_VHOST !== ""
    ? env.DISIPLIN_AMQP_VHOST
    : url.pathname.length > 1 ? decodeURIComponent(url.pathname.slice(1)) : "/";
  return {
    connection: {
      protocol: url.protocol.replace(":", ""),
      hostname: url.hostname,
      port: url.port ? Number(url.port) : 5672,
      username: decodeURIComponent(url.username || "guest"),
      password: decodeURIComponent(url.password || "guest"),
      vhost,
      heartbeat: 30,
    },
    where: `${url.protocol}//${url.hostname}:${url.port || 5672} vhost ${vhost}`,
    queue: env.DISIPLIN_QUEUE || "hr-app.disiplin-events",
    exchanges: env.DISIPLIN_EXCHANGES
      ? env.DISIPLIN_EXCHANGES.split(",").map((e) => e.trim()).filter(Boolean)
      : Object.keys(EVENTS),
    seenFile: env.DISIPLIN_SEEN_FILE || undefined,
    exitAfter: positive("DISIPLIN_EXIT_AFTER"),
    timeoutSeconds: positive("DISIPLIN_TIMEOUT_SECONDS"),
  };
}

/** The message ids already handled: in memory, and appended to a file when one is configured. */
class SeenIds {
  constructor(file) {
    this.file = file;
    this.ids = new Set();
    if (file && fs.existsSync(file)) {
      for (const line of fs.readFileSync(file, "utf8").split("\n")) if (line) this.ids.add(line);
    }
  }
  has(id) { return this.ids.has(id); }
  add(id) {
    // Recorded before the ack: a crash after this line and before the ack redelivers a message we then skip.
    // A real HR app records the id in its database in the same transaction as the effect instead.
    if (this.file) fs.appendFileSync(this.file, id + "\n");
    this.ids.add(id);
  }
}

/** One output line for an envelope that arrived on an exchange, or throws when it is not a suite event. */
function describe(exchange, envelope) {
  const message = envelope && envelope.message;
  if (!envelope || typeof envelope.messageId !== "string" || !message || typeof message !== "object") {
    throw new Error("not a MassTransit envelope with messageId and message");
  }
  const urn = Array.isArray(envelope.messageType) ? envelope.messageType[0] : undefined;
  const name = EVENTS[exchange] ? exchange : (urn || "").replace(/^urn:message:/, "");
  const known = EVENTS[name];
  const line = {
    type: known ? known.type : name,
    exchange,
    messageId: envelope.messageId,
    occurredAt: message.occurredAt ?? null,
    caseId: message.caseId ?? null,
    reportId: message.reportId ?? null,
    subjectNip: message.subjectNip ?? null,
  };
  for (const field of known ? known.fields : []) line[field] = message[field] ?? null;
  return line;
}

function log(text) { process.stderr.write(`[hr-subscriber] ${text}\n`); }

async function main() {
  const config = settings(process.env);
  const seen = new SeenIds(config.seenFile);
  let printed = 0;
  let closing = false;

  const connection = await amqp.connect(config.connection);
  const channel = await connection.createChannel();

  async function stop(code, why) {
    if (closing) return;
    closing = true;
    if (why) log(why);
    try { await channel.close(); } catch { /* already closed */ }
    try { await connection.close(); } catch { /* already closed */ }
    process.exit(code);
  }

  connection.on("error", (err) => log(`connection error: ${err.message}`));
  connection.on("close", () => { if (!closing) { log("connection closed by the broker"); process.exit(1); } });
  channel.on("error", (err) => log(`channel error: ${err.message}`));
  process.on("SIGINT", () => stop(0, "interrupted"));
  process.on("SIGTERM", () => stop(0, "terminated"));
  if (config.timeoutSeconds) {
    setTimeout(() => stop(config.exitAfter ? 2 : 0,
      `timed out after ${config.timeoutSeconds} s with ${printed} event(s) printed`), config.timeoutSeconds * 1000).unref();
  }

  // Our own queue: durable, named for this application, kept while we are away so that nothing is missed.
  await channel.assertQueue(config.queue, { durable: true });
  for (const exchange of config.exchanges) {
    // Declared as MassTransit declares it (fanout, durable), so either side may start first.
    await channel.assertExchange(exchange, "fanout", { durable: true });
    await channel.bindQueue(config.queue, exchange, "");
  }
  await channel.prefetch(20);

  await channel.consume(config.queue, (msg) => {
    if (msg === null) { stop(1, "the broker cancelled the consumer"); return; }
    if (closing) return;
    let envelope;
    try {
      envelope = JSON.parse(msg.content.toString("utf8"));
      const line = describe(msg.fields.exchange, envelope);
      if (seen.has(line.messageId)) {
        log(`duplicate ${line.type} ${line.messageId} skipped (redelivered: ${msg.fields.redelivered})`);
        channel.ack(msg);
        return;
      }
      process.stdout.write(JSON.stringify(line) + "\n");
      seen.add(line.messageId);
      channel.ack(msg);
      printed += 1;
    } catch (err) {
      // A message that can never be read: refuse it without requeueing (dead-lettered if the queue has a DLX).
      log(`unreadable message on ${msg.fields.exchange} refused: ${err.message}`);
      channel.nack(msg, false, false);
      return;
    }
    if (config.exitAfter && printed >= config.exitAfter) {
      // Let stdout drain before leaving.
      process.stdout.write("", () => stop(0, `printed ${printed} event(s); exiting as DISIPLIN_EXIT_AFTER asks`));
    }
  }, { noAck: false });

  log(`ready: queue ${config.queue} on ${config.where} bound to ${config.exchanges.join(", ")}`);
}

module.exports = { describe, settings, EVENTS };

if (require.main === module) {
  main().catch((err) => {
    log(`failed: ${err.message}`);
    process.exit(1);
  });
}
