/**
 * A one-line progress indicator on stderr, shown only on an interactive terminal (never in CI or pipes),
 * redrawn at most every 100 ms so it costs nothing on large scans.
 */
export class Progress {
  private readonly enabled: boolean;
  private last = 0;
  private shown = false;
  private readonly frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  private frame = 0;

  constructor(stream: NodeJS.WriteStream = process.stderr, quiet = false) {
    this.enabled = !quiet && Boolean(stream.isTTY) && !process.env['CI'];
    this.stream = stream;
  }
  private readonly stream: NodeJS.WriteStream;

  update(text: string, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    this.frame = (this.frame + 1) % this.frames.length;
    const width = this.width();
    this.stream.write(`\r${`${this.frames[this.frame]} ${text}`.slice(0, width).padEnd(width)}`);
    this.shown = true;
  }

  // A pseudo-terminal without a size reports 0 columns; assume 80 then.
  private width(): number {
    return Math.max((this.stream.columns || 80) - 1, 20);
  }

  done(): void {
    if (this.enabled && this.shown) this.stream.write(`\r${' '.repeat(this.width())}\r`);
    this.shown = false;
  }
}
