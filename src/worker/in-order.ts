import { availableParallelism } from "node:os";
import type { RawReport } from "../ingest/raw-report.js";
import type { Extraction } from "../model/index.js";
import { type PipelineOptions, processReport } from "../pipeline/index.js";
import { CodingPool } from "./coding-pool.js";

/** A step's outcome for one item, settled so that a failure waits its turn instead of surfacing early. */
export type Outcome<R> = { value: R } | { error: unknown };

/**
 * Starts `step` on each item as it is read, up to `window` at once, and yields the outcomes in the items' order: a
 * batch coded on several threads prints and stores exactly what one thread would, in the same order, while reading
 * runs ahead of coding. (A dozen lines on promises; the pool libraries return results as they finish, not in order.)
 */
export async function* inOrder<T, R>(
  items: AsyncIterable<T>,
  step: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<{ item: T; outcome: Outcome<R> }> {
  const started: { item: T; outcome: Promise<Outcome<R>> }[] = [];
  for await (const item of items) {
    started.push({
      item,
      outcome: step(item).then(
        (value) => ({ value }),
        (error: unknown) => ({ error }),
      ),
    });
    if (started.length >= window) yield await next(started);
  }
  while (started.length > 0) yield await next(started);
}

async function next<T, R>(started: { item: T; outcome: Promise<Outcome<R>> }[]) {
  const head = started.shift() as { item: T; outcome: Promise<Outcome<R>> };
  return { item: head.item, outcome: await head.outcome };
}

/** The number of threads a batch codes on by default: one per core this process may run on. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/** Codes reports for a batch command: on this thread for one worker, else on a pool of threads. */
export interface BatchCoder {
  code(report: RawReport, options: PipelineOptions): Promise<Extraction>;
  /** How many reports to have under way at once, so every thread has the next one waiting. */
  readonly window: number;
  close(): Promise<void>;
}

/** Longest a timer may wait: a batch gives no document a budget, so one thread and several code the same. */
const NO_BUDGET_MS = 2 ** 31 - 1;

/** Codes a report on this thread, synchronously on the call: a thread of its own would add the cost of starting it. */
function codeHere(report: RawReport, options: PipelineOptions): Promise<Extraction> {
  try {
    return Promise.resolve(processReport(report, options));
  } catch (error) {
    return Promise.reject(error);
  }
}

export function batchCoder(workers: number): BatchCoder {
  if (workers <= 1) return { code: codeHere, window: 1, close: async () => {} };
  // This thread codes too, so N workers are N - 1 threads and this one: each thread warms up alone (compiling,
  // filling its caches), which on two cores cost more than the second thread gave.
  const pool = new CodingPool({ workers: workers - 1, budgetMs: NO_BUDGET_MS, perThread: THREAD_QUEUE });
  let first = true;
  let helping = false;
  // This thread takes the documents no thread has room for, one at a time, and lets the threads' answers in between
  // two of them, so they are sent their next ones while it codes (coding several in a row left a thread idle a third
  // of the run).
  const help = () => {
    const waiting = pool.takeWaiting();
    helping = waiting !== null;
    if (!waiting) return;
    try {
      waiting.resolve(processReport(waiting.job.report, waiting.job.options));
    } catch (error) {
      waiting.reject(error as Error);
    }
    setImmediate(help);
  };
  // The first report is coded here: a batch of one (`vigil extract report.txt`) starts no thread, whose start-up
  // (loading every module and the gazetteer again) costs more than coding a report.
  const code = (report: RawReport, options: PipelineOptions) => {
    if (first) {
      first = false;
      return codeHere(report, options);
    }
    // (A thread sends back what `processReport` returned: the pool types it only as far as the store needs.)
    const coded = pool.code(report, options) as Promise<Extraction>;
    if (!helping && pool.waiting() > 0) {
      helping = true;
      setImmediate(help);
    }
    return coded;
  };
  return { code, window: workers * THREAD_QUEUE * 2, close: () => pool.close() };
}

/** Documents a thread holds ahead of the one it codes, in a batch. */
const THREAD_QUEUE = 16;
