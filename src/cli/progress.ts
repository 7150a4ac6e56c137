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

/** A bar for work of known size (bytes of a file), with the share done and a count: "importing [####    ] 52% 6.1M rows". */
export class ProgressBar {
  private readonly enabled = process.stderr.isTTY === true;
  private lastDraw = 0;

  constructor(
    private readonly label: string,
    private readonly width = 30,
  ) {}

  update(done: number, total: number, detail = ""): void {
    const now = Date.now();
    if (!this.enabled || now - this.lastDraw < 200) return;
    this.lastDraw = now;
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const filled = Math.round(share * this.width);
    const bar = `${"#".repeat(filled)}${" ".repeat(this.width - filled)}`;
    process.stderr.write(`\r${this.label} [${bar}] ${Math.floor(share * 100)}%${detail ? ` ${detail}` : ""}\u001b[K`);
  }

  done(): void {
    if (this.enabled && this.lastDraw > 0) process.stderr.write("\r\u001b[K");
  }
}
