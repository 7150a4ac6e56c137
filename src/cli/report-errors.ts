import { EXIT_CODES, InputError } from "../ingest/index.js";

/** Collects the inputs that failed in a batch: each gets one line on stderr; the first one's code is the exit code. */
export class BatchErrors {
  private firstCode = 0;
  count = 0;

  report(error: InputError): void {
    this.count++;
    if (this.firstCode === 0) this.firstCode = error.exitCode;
    process.stderr.write(`vigil: ${error.message}\n`);
  }

  /**
   * Runs a step on one report (`source` names it): a refusal, or a bug met on that report alone, is reported and the
   * batch goes on, so one odd report never costs the others their output.
   */
  attempt<T>(source: string, step: () => T): T | undefined {
    try {
      return step();
    } catch (error) {
      this.failed(source, error);
      return undefined;
    }
  }

  /** A step that threw on one report (`source` names it), reported as `attempt` reports it. */
  failed(source: string, error: unknown): void {
    if (error instanceof InputError) this.report(error);
    else this.internal(source, error as Error);
  }

  private internal(source: string, error: Error): void {
    this.count++;
    if (this.firstCode === 0) this.firstCode = EXIT_CODES.internal;
    process.stderr.write(
      `vigil: internal error on ${source}: ${error.message.split("\n")[0]} (the other reports go on; set VIGIL_DEBUG=1 for details, and please report it)\n`,
    );
    if (process.env.VIGIL_DEBUG) process.stderr.write(`${error.stack}\n`);
  }

  get exitCode(): number {
    return this.firstCode;
  }
}

/** Relative dates ("on Saturday") need a publication date; say when it is missing rather than assume today. */
export function warnUndated(count: number): void {
  if (count === 0) return;
  const documents = count === 1 ? "1 document has" : `${count} documents have`;
  process.stderr.write(
    `vigil: note: ${documents} no publication date (shown as null); give --published YYYY-MM-DD to date them\n`,
  );
}
