/** Requests to one host start at least this far apart. */
export const HOST_GAP_MS = 250;
/** At most this many requests to one host at once, however slowly it answers. */
export const HOST_MAX_IN_FLIGHT = 4;

/**
 * Politeness per host without letting one slow feed hold up the others: requests to a host start `gapMs` apart and
 * at most `maxInFlight` at a time, but a request in flight does not stop the next from starting. A feed that hangs
 * until its timeout then costs its own schedule, not its host-neighbours' (with one request at a time per host,
 * every other feed of the host waited the full timeout each cycle).
 * @example const pacing = new HostPacing(); await pacing.acquire("example.org"); try { … } finally { pacing.release("example.org") }
 */
export class HostPacing {
  private readonly lastStart = new Map<string, number>();
  private readonly inFlight = new Map<string, number>();

  constructor(
    private readonly gapMs: number = HOST_GAP_MS,
    private readonly maxInFlight: number = HOST_MAX_IN_FLIGHT,
  ) {}

  /** Takes a slot for `host` if one is free now; the caller must `release` it when its request is done. */
  tryAcquire(host: string, now: number = Date.now()): boolean {
    if ((this.inFlight.get(host) ?? 0) >= this.maxInFlight) return false;
    if (now - (this.lastStart.get(host) ?? Number.NEGATIVE_INFINITY) < this.gapMs) return false;
    this.lastStart.set(host, now);
    this.inFlight.set(host, (this.inFlight.get(host) ?? 0) + 1);
    return true;
  }

  /** Waits for a slot for `host`. */
  async acquire(host: string): Promise<void> {
    while (!this.tryAcquire(host)) {
      const wait = Math.max(10, (this.lastStart.get(host) ?? 0) + this.gapMs - Date.now());
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  release(host: string): void {
    this.inFlight.set(host, Math.max(0, (this.inFlight.get(host) ?? 0) - 1));
  }
}
