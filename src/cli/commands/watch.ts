import { type Command, Option } from "commander";
import { DEFAULT_READ_OPTIONS, EXIT_CODES } from "../../ingest/index.js";
import { openStore } from "../../store/index.js";
import type { Alert, PollResult, WatchTotals } from "../../watch/index.js";
import { databaseLocation, parsePositiveInteger } from "../options.js";

interface WatchOptions {
  db?: string;
  once?: boolean;
  jsonLog?: boolean;
  timeout: number;
  maxBytes: number;
}

export function watchCommand(program: Command): void {
  program
    .command("watch")
    .description("poll the feeds of a watch file, store what is new, and alert on events that match its rules")
    .argument("<config>", "watch file (JSON, or YAML with the same keys): feeds and rules")
    .option("--db <location>", "SQLite file or postgres:// URL (default ./vigil.db, or VIGIL_DB)")
    .option(
      "--once",
      `poll every feed once, process what is new, and exit (for cron): exit ${EXIT_CODES.feeds_failed} when any feed failed, ${EXIT_CODES.unreachable} when all did`,
    )
    .option("--json-log", "one JSON object per line on stderr instead of a progress line (for servers)")
    .addOption(
      new Option("--timeout <seconds>", "timeout of every request").argParser(parsePositiveInteger).default(20),
    )
    .addOption(
      new Option("--max-bytes <n>", "largest feed or page accepted")
        .argParser(parsePositiveInteger)
        .default(DEFAULT_READ_OPTIONS.maxBytes),
    )
    .action(async (configPath: string, options: WatchOptions) => {
      // (Loaded here, not at start: every other command would pay for YAML and the feed readers.)
      const { loadWatchConfig, Watcher } = await import("../../watch/index.js");
      const config = loadWatchConfig(configPath);
      const store = await openStore(databaseLocation(options.db));
      const log = (entry: Record<string, unknown>, line: string) => {
        if (options.jsonLog) process.stderr.write(`${JSON.stringify({ at: new Date().toISOString(), ...entry })}\n`);
        else process.stderr.write(line);
      };
      const watcher = new Watcher(
        config,
        store,
        { timeoutMs: options.timeout * 1000, maxBytes: options.maxBytes },
        {
          onPoll: (result: PollResult, totals: WatchTotals) =>
            log(
              { event: "poll", ...result },
              result.error
                ? `\n${result.feed}: ${result.error} (will retry)\n`
                : result.skipped.map((reason) => `\nskipped ${reason}\n`).join("") +
                    `\r${config.feeds.length} feeds · ${totals.polls} polls · ${totals.fresh} new items · ${totals.events} events · ${totals.alerts} alerts · ${totals.errors} errors `,
            ),
          onAlert: (alert: Alert) => {
            const e = alert.event;
            process.stdout.write(
              `${JSON.stringify({ alert: alert.alert, rule: alert.rule, id: e.id, event_date: e.event_date, type: e.sub_event_type, location: e.location, country: e.country, fatalities: e.fatalities, sources: e.sources.length })}\n`,
            );
          },
          log: (message) => log({ event: "warning", message }, `\n${message}\n`),
        },
      );
      try {
        if (options.once) await watcher.once();
        else {
          const stop = () => watcher.stop();
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
          await watcher.run();
        }
      } finally {
        if (!options.jsonLog) process.stderr.write("\n");
        await store.close();
      }
      process.exitCode = exitCodeOf(watcher.totals);
    });
}

/** So that cron notices: a pass in which any feed failed is not a success. */
function exitCodeOf(totals: WatchTotals): number {
  if (totals.errors === 0) return 0;
  return totals.errors === totals.polls ? EXIT_CODES.unreachable : EXIT_CODES.feeds_failed;
}
