import { type Command, InvalidArgumentError, Option } from "commander";
import pg from "pg";
import { addFeed, listFeeds, loadFeeds, migrateFleet, removeFeed } from "../../fleet/index.js";
import { openStore } from "../../store/index.js";
import { FeedSchema, loadWatchConfig } from "../../watch/index.js";
import { databaseLocation } from "../options.js";

const DB_OPTION = "PostgreSQL URL of the fleet's store (or VIGIL_DB)";

/** The fleet's store: feeds live in PostgreSQL, shared by every worker. */
async function fleetPool(option: string | undefined): Promise<pg.Pool> {
  const location = databaseLocation(option);
  if (!/^postgres(ql)?:\/\//i.test(location))
    throw new InvalidArgumentError(
      `a fleet runs on PostgreSQL: give --db postgres://… or VIGIL_DB (${location} is SQLite: use \`vigil watch\`)`,
    );
  // Opening the store first checks the server and brings its schema up with the clear errors it gives.
  await (await openStore(location)).close();
  const pool = new pg.Pool({ connectionString: location, max: 2 });
  pool.on("error", () => undefined);
  await migrateFleet(pool);
  return pool;
}

async function withPool(option: string | undefined, work: (pool: pg.Pool) => Promise<void>): Promise<void> {
  const pool = await fleetPool(option);
  try {
    await work(pool);
  } finally {
    await pool.end();
  }
}

export function feedsCommand(program: Command): void {
  const feeds = program.command("feeds").description("the feeds and rules a fleet of `vigil worker`s shares");
  feeds
    .command("load")
    .description("load a watch file's feeds and rules into the fleet (workers pick them up while running)")
    .argument("<config>", "watch file (JSON or YAML), as for `vigil watch`")
    .option("--db <location>", DB_OPTION)
    .option("--replace", "also remove the fleet's feeds the file does not list")
    .action(async (path: string, options: { db?: string; replace?: boolean }) => {
      const config = loadWatchConfig(path);
      await withPool(options.db, async (pool) => {
        const done = await loadFeeds(pool, config, options.replace ?? false);
        process.stderr.write(
          `${done.added} feeds added, ${done.updated} updated, ${done.removed} removed; ${config.rules.length} rules\n`,
        );
      });
    });
  feeds
    .command("list")
    .description("each feed's state: last and next poll, errors, items, the worker polling it now")
    .option("--db <location>", DB_OPTION)
    .option("--json", "one JSON object per feed and line")
    .action(async (options: { db?: string; json?: boolean }) => {
      await withPool(options.db, async (pool) => {
        for (const f of await listFeeds(pool))
          process.stdout.write(
            options.json
              ? `${JSON.stringify(f)}\n`
              : `${f.url}\tevery ${f.interval_s} s\tlast ${f.polled_at ?? "never"}\tnext ${f.next_poll_at}\t${f.items} items\t${f.failures} failures${f.last_error ? ` (${f.last_error})` : ""}\t${f.owner ? `polled by ${f.owner}` : ""}\n`,
          );
      });
    });
  feeds
    .command("add")
    .description("add a feed to the running fleet")
    .argument("<url>", "the feed's URL")
    .option("--db <location>", DB_OPTION)
    .addOption(new Option("--interval <every>", 'how often to poll: "30s", "5m", "1h"').default("5m"))
    .option("--language <code>", "the feed's language, when its items do not say")
    .action(async (url: string, options: { db?: string; interval: string; language?: string }) => {
      const parsed = FeedSchema.safeParse({ url, interval: options.interval, language: options.language });
      if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues.map((i) => i.message).join("; "));
      await withPool(options.db, async (pool) => {
        const added = await addFeed(pool, parsed.data);
        process.stderr.write(`${url}: ${added ? "added" : "updated"}\n`);
      });
    });
  feeds
    .command("remove")
    .description("stop polling a feed (what it brought stays stored)")
    .argument("<url>", "the feed's URL")
    .option("--db <location>", DB_OPTION)
    .action(async (url: string, options: { db?: string }) => {
      await withPool(options.db, async (pool) => {
        if (!(await removeFeed(pool, url)))
          throw new InvalidArgumentError(`${url} is not a feed of this fleet; see \`vigil feeds list\``);
        process.stderr.write(`${url}: removed\n`);
      });
    });
}
