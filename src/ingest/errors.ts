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
} as const;
export type InputProblem = Exclude<keyof typeof EXIT_CODES, "internal" | "usage" | "store">;

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
