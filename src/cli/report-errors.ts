import { InputError } from "../ingest/index.js";

/** Collects the inputs that failed in a batch: each gets one line on stderr; the first one's code is the exit code. */
export class BatchErrors {
  private firstCode = 0;
  count = 0;

  report(error: InputError): void {
    this.count++;
    if (this.firstCode === 0) this.firstCode = error.exitCode;
    process.stderr.write(`vigil: ${error.message}\n`);
  }

  /** Runs a step that may refuse one report, reporting the refusal instead of stopping the batch. */
  attempt<T>(step: () => T): T | undefined {
    try {
      return step();
    } catch (error) {
      if (error instanceof InputError) {
        this.report(error);
        return undefined;
      }
      throw error;
    }
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
