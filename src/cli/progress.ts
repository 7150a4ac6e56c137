/** A one-line progress counter on stderr, only when a person is watching (stderr is a terminal). */
export class Progress {
  private readonly enabled = process.stderr.isTTY === true;
  private lastDraw = 0;

  constructor(private readonly label: string) {}

  update(done: number, detail = ""): void {
    const now = Date.now();
    if (!this.enabled || now - this.lastDraw < 200) return;
    this.lastDraw = now;
    process.stderr.write(`\r${this.label}: ${done}${detail ? ` ${detail}` : ""}\u001b[K`);
  }

  done(): void {
    if (this.enabled && this.lastDraw > 0) process.stderr.write("\r\u001b[K");
  }
}
