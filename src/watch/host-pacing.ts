/** A request in flight for longer than this no longer holds its host: the next feed of the host may start. */
export const HOST_HOLD_MS = 1000;
/** At most this many requests to one host at once, however slowly it answers. */
export const HOST_MAX_IN_FLIGHT = 4;
/** How often a feed waiting for its host looks again. */
const WAIT_STEP_MS = 50;

/**
 * Politeness per host that one slow feed cannot turn into a queue: one request at a time per host, as long as it
 * answers within HOST_HOLD_MS; past that the host is free for the next one (up to HOST_MAX_IN_FLIGHT at once).
 * With one request at a time and nothing more, a feed that hung until its timeout made every other feed of its
 * host wait that long, every cycle; now it costs them at most a second.
 * @example const pacing = new HostPacing(); await pacing.acquire("example.org"); try { … } finally { pacing.release(ticket) }
 */
export class HostPacing {
  private readonly started = new Map<string, number[]>();

  constructor(
    private readonly holdMs: number = HOST_HOLD_MS,
    private readonly maxInFlight: number = HOST_MAX_IN_FLIGHT,
  ) {}

  /** Takes the host if it is free now: returns the ticket to release when the request is done, or null. */
  tryAcquire(host: string, now: number = Date.now()): Ticket | null {
    const inFlight = this.started.get(host) ?? [];
    const holding = inFlight.filter((at) => now - at < this.holdMs).length;
    if (holding > 0 || inFlight.length >= this.maxInFlight) return null;
    this.started.set(host, [...inFlight, now]);
    return { host, at: now };
  }

  /** Waits until the host is free, and takes it. */
  async acquire(host: string): Promise<Ticket> {
    for (;;) {
      const ticket = this.tryAcquire(host);
      if (ticket) return ticket;
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    }
  }

  release(ticket: Ticket): void {
    const inFlight = this.started.get(ticket.host) ?? [];
    const index = inFlight.indexOf(ticket.at);
    if (index >= 0) inFlight.splice(index, 1);
    if (inFlight.length === 0) this.started.delete(ticket.host);
  }
}

/** One request's hold on its host. */
export interface Ticket {
  host: string;
  at: number;
}
