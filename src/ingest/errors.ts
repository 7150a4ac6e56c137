/**
 * Why an input could not be read. Each reason has its own exit code so scripts can tell them apart;
 * the message is one line that says what went wrong and what to do.
 */
export const EXIT_CODES = {
  internal: 1,
  usage: 2,
  empty: 3,
  binary: 4,
  too_large: 5,
  malformed: 6,
  unreachable: 7,
  no_items: 8,
  not_found: 9,
  store: 10,
  /** A document that took longer, or more memory, to code than one document may: skipped. */
  over_budget: 12,
  /** `vigil watch --once`: some feeds failed, others were polled (7 when every one failed). */
  feeds_failed: 11,
} as const;
export type InputProblem = Exclude<keyof typeof EXIT_CODES, "internal" | "usage" | "store" | "feeds_failed">;

export class InputError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly source: string,
    detail: string,
  ) {
    super(`${source}: ${detail}`);
    this.name = "InputError";
  }

  get exitCode(): number {
    return EXIT_CODES[this.problem];
  }
}
