import { type Command, InvalidArgumentError, Option } from "commander";
import { DEFAULT_TIMINGS, FleetWorker } from "../../fleet/index.js";
import { DEFAULT_READ_OPTIONS } from "../../ingest/index.js";
import { databaseLocation, parsePositiveInteger } from "../options.js";

interface WorkerOptions {
  db?: string;
  id?: string;
  jsonLog?: boolean;
  timeout: number;
  maxBytes: number;
  lease: number;
  tickMs: number;
  maintenance: number;
}

export function workerCommand(program: Command): void {
  program
    .command("worker")
    .description(
      "work for a fleet on a PostgreSQL store: poll the feeds `vigil feeds load` gave it, extract, store, alert",
    )
    .option("--db <location>", "PostgreSQL URL of the fleet's store (or VIGIL_DB)")
    .option("--id <name>", "this worker's name in logs and `vigil feeds list` (default: host, pid and a tag)")
    .option("--json-log", "one JSON object per line on stderr, each with the worker's id")
    .addOption(
      new Option("--timeout <seconds>", "timeout of every request").argParser(parsePositiveInteger).default(20),
    )
    .addOption(
      new Option("--max-bytes <n>", "largest feed or page accepted")
        .argParser(parsePositiveInteger)
        .default(DEFAULT_READ_OPTIONS.maxBytes),
    )
    .addOption(
      new Option("--lease <seconds>", "a job a dead worker held goes to another after this; above --timeout")
        .argParser(parsePositiveInteger)
        .default(DEFAULT_TIMINGS.leaseSeconds),
    )
    .addOption(
      new Option("--tick-ms <ms>", "heartbeat and scheduling interval")
        .argParser(parsePositiveInteger)
        .default(DEFAULT_TIMINGS.tickMs),
    )
    .addOption(
      new Option("--maintenance <seconds>", "how often expired leases are taken back")
        .argParser(parsePositiveInteger)
        .default(DEFAULT_TIMINGS.maintenanceSeconds),
    )
    .action(async (options: WorkerOptions) => {
      const location = databaseLocation(options.db);
      if (!/^postgres(ql)?:\/\//i.test(location))
        throw new InvalidArgumentError(
          `a fleet runs on PostgreSQL: give --db postgres://… (for SQLite use \`vigil watch\`)`,
        );
      if (options.lease <= options.timeout)
        throw new InvalidArgumentError(
          `--lease (${options.lease} s) must be longer than --timeout (${options.timeout} s)`,
        );
      let id = options.id ?? "";
      const log = (entry: Record<string, unknown>, line: string) => {
        if (options.jsonLog)
          process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), worker: id, ...entry })}\n`);
        else process.stderr.write(line);
      };
      const worker = await FleetWorker.open(
        location,
        {
          timeoutMs: options.timeout * 1000,
          maxBytes: options.maxBytes,
          id: options.id,
          timings: { leaseSeconds: options.lease, tickMs: options.tickMs, maintenanceSeconds: options.maintenance },
        },
        {
          onPoll: (result) =>
            log(
              { event: "poll", ...result },
              `${id}: ${result.feed}: ${result.error ? `${result.error} (will retry)` : `${result.fresh} new of ${result.items}`}\n`,
            ),
          onAlert: (alert) => {
            const e = alert.event;
            log(
              { event: "alert", alert: alert.alert, rule: alert.rule, id: e.id },
              `${id}: alert ${alert.alert} ${alert.rule} ${e.id}\n`,
            );
            process.stdout.write(
              `${JSON.stringify({ alert: alert.alert, rule: alert.rule, id: e.id, event_date: e.event_date, type: e.sub_event_type, location: e.location, country: e.country, fatalities: e.fatalities, sources: e.sources.length, worker: id })}\n`,
            );
          },
          log: (message) => log({ event: "warning", message }, `${id}: ${message}\n`),
        },
      );
      id = worker.id;
      log({ event: "start" }, `worker ${id} working for ${location}\n`);
      const stop = () => worker.stop();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
      await worker.run();
      log({ event: "stop" }, `worker ${id} stopped\n`);
    });
}
