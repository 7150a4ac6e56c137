import { Worker } from "node:worker_threads";
import { InputError } from "../ingest/errors.js";
import type { RawReport } from "../ingest/raw-report.js";
import type { PipelineOptions } from "../pipeline/index.js";
import type { CodedReport } from "../store/index.js";
import type { CodingAnswer, CodingJob } from "./coding-worker.js";

export interface CodingPoolOptions {
  /** Threads coding at once (default 1: the point is to keep the caller's event loop free). */
  workers?: number;
  /** Longest time one document may take; past it the document is skipped with an error (default 30 s). */
  budgetMs?: number;
  /** Heap one thread may use; a document that needs more is skipped with an error (default 1,024 MB). */
  memoryMb?: number;
  /**
   * Documents sent to a thread ahead of the one it codes (default 1: none ahead). A batch whose caller also codes on
   * its own thread sends several, so a thread never waits for the caller's event loop to hand it the next.
   */
  perThread?: number;
}

/** Codes one report; the pool's `code`, or `processReport` itself where blocking does not matter (tests). */
export type Coder = (report: RawReport, options?: PipelineOptions) => Promise<CodedReport>;

interface Pending {
  job: CodingJob;
  resolve(coded: CodedReport): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The documents sent to the thread, in order; the first is the one it codes, and the budget is its. */
  sent: Pending[];
  timer: NodeJS.Timeout | null;
}

export const DEFAULT_BUDGET_MS = 30_000;
const DEFAULT_MEMORY_MB = 1024;

/**
 * Codes reports (`processReport`) on worker threads, each document within a time and memory budget, so the server
 * and the watcher keep answering while a hostile or huge document is coded, and such a document is skipped with an
 * InputError ("over_budget") instead of stalling everything after it. A thread that overruns is terminated and
 * replaced. Threads start on first use and do not keep the process alive.
 * @example const pool = new CodingPool({ budgetMs: 10_000 }); const coded = await pool.code(report); await pool.close();
 */
export class CodingPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;
  readonly budgetMs: number;
  private readonly size: number;
  private readonly memoryMb: number;
  private readonly perThread: number;

  constructor(options: CodingPoolOptions = {}) {
    this.size = Math.max(1, options.workers ?? 1);
    this.budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
    this.memoryMb = options.memoryMb ?? DEFAULT_MEMORY_MB;
    this.perThread = Math.max(1, options.perThread ?? 1);
  }

  /** Documents waiting for a thread: none once every thread has as many as it may hold. */
  waiting(): number {
    return this.queue.length;
  }

  /**
   * Hands the next waiting document to the caller, who codes it on its own thread (a batch's thread works beside the
   * pool's) and settles it: null when none waits.
   */
  takeWaiting(): Pick<Pending, "job" | "resolve" | "reject"> | null {
    return this.queue.shift() ?? null;
  }

  /** The pool as a Coder. */
  readonly code: Coder = (report, options = {}) => {
    if (this.closed) return Promise.reject(new Error("the coding pool is closed"));
    return new Promise<CodedReport>((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, report, options }, resolve, reject });
      this.dispatch();
    });
  };

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error("the coding pool is closed"));
    await Promise.all(this.slots.splice(0).map((slot) => this.retire(slot, new Error("the coding pool is closed"))));
  }

  private dispatch(): void {
    while (this.queue.length) {
      if (this.slots.length < Math.min(this.size, this.queue.length + this.busy())) this.slots.push(this.spawn());
      const slot = this.slots.find((s) => s.ready && s.sent.length < this.perThread);
      if (!slot) return;
      const pending = this.queue.shift() as Pending;
      slot.sent.push(pending);
      slot.worker.ref();
      if (slot.sent.length === 1) this.startBudget(slot);
      slot.worker.postMessage(pending.job);
    }
  }

  private busy(): number {
    return this.slots.filter((slot) => slot.sent.length > 0).length;
  }

  private startBudget(slot: Slot): void {
    slot.timer = setTimeout(() => this.overBudget(slot), this.budgetMs);
  }

  private spawn(): Slot {
    const worker = startWorker(this.memoryMb);
    const slot: Slot = { worker, ready: false, sent: [], timer: null };
    worker.on("message", (answer: CodingAnswer | "ready") => {
      if (answer !== "ready") return this.answered(slot, answer);
      slot.ready = true;
      if (this.queue.length === 0) worker.unref();
      this.dispatch();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      // A thread that cannot even load would be replaced forever: the waiting documents fail with its error.
      if (!slot.ready) return this.failToStart(slot, error);
      const memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      this.replace(slot, memory ? this.budgetError(slot, `needed over ${this.memoryMb} MB`) : error);
    });
    worker.on("exit", () => {
      if (slot.sent.length > 0) this.replace(slot, new Error("the coding thread stopped"));
    });
    return slot;
  }

  private failToStart(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    if (this.slots.length > 0) return;
    for (const pending of this.queue.splice(0))
      pending.reject(new Error(`the coding thread could not start (${error.message})`));
  }

  private answered(slot: Slot, answer: CodingAnswer): void {
    const pending = slot.sent[0];
    if (!pending || pending.job.id !== answer.id) return;
    this.finishFirst(slot);
    if ("coded" in answer) pending.resolve(answer.coded);
    else if (answer.error.problem)
      pending.reject(new InputError(answer.error.problem, answer.error.source ?? "", answer.error.message));
    else pending.reject(new Error(answer.error.message));
    this.dispatch();
  }

  private overBudget(slot: Slot): void {
    this.replace(slot, this.budgetError(slot, `took over ${this.budgetMs / 1000} s`));
  }

  private budgetError(slot: Slot, what: string): InputError {
    const report = slot.sent[0]?.job.report;
    const name = report ? (report.url ?? report.input_id ?? report.source) : "a document";
    return new InputError(
      "over_budget",
      name,
      `coding this document ${what}, over the budget for one document; it was skipped`,
    );
  }

  /** Fails the slot's job, and puts a fresh thread in its place: a thread stopped mid-document holds no state. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    void this.retire(slot, error);
    this.dispatch();
  }

  /** Fails the document the thread was coding; the ones sent after it go back to the front of the queue. */
  private async retire(slot: Slot, error: Error): Promise<void> {
    const pending = slot.sent[0];
    const ahead = slot.sent.slice(1);
    if (slot.timer) clearTimeout(slot.timer);
    slot.sent = [];
    if (this.closed) for (const other of ahead) other.reject(error);
    else this.queue.unshift(...ahead);
    pending?.reject(error);
    // (A thread still starting may say it is ready now: that would unref it, and a process with nothing else to do
    // would end before the thread stops, leaving `close` unsettled. It is held until it has stopped.)
    slot.worker.removeAllListeners("exit");
    slot.worker.removeAllListeners("message");
    slot.worker.ref();
    await slot.worker.terminate();
  }

  /** The thread answered for its first document: the budget passes to the next, or the thread may rest. */
  private finishFirst(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.sent.shift();
    if (slot.sent.length > 0) this.startBudget(slot);
    else slot.worker.unref();
  }
}

/**
 * The compiled worker beside this module; under tsx (tests, `npm run eval`) the TypeScript source, loaded through
 * tsx registered inside the thread, since a worker does not inherit the parent's loader.
 */
function startWorker(memoryMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: memoryMb };
  // (A thread inherits node's flags; with "--input-type", which a caller running `node -e` may give, it cannot start.)
  const execArgv = process.execArgv.filter((flag) => !flag.startsWith("--input-type"));
  if (!import.meta.url.endsWith(".ts"))
    return new Worker(new URL("./coding-worker.js", import.meta.url), { resourceLimits, execArgv });
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./coding-worker.ts", import.meta.url).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`,
    { eval: true, resourceLimits, execArgv },
  );
}
