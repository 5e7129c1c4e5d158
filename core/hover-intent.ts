/**
 * When a hover card opens and closes (WCAG 2.2 SC 1.4.13): it opens after the pointer has rested on a
 * target for the hover delay, stays while the pointer is on the target or on the card, and closes
 * after a short grace period once the pointer is on neither, so it can travel from one to the other.
 * Moving from one target to another switches the card without closing it in between.
 * The caller says where the pointer is.
 */

export interface HoverIntentOptions<T> {
  /** ms the pointer must rest on a target before its card opens (read at each start) */
  openDelay: () => number;
  onOpen(target: T): void;
  onClose(): void;
}

/** ms the card stays after the pointer left both the target and the card */
const GRACE_MS = 300;

type Timer = ReturnType<typeof setTimeout>;

export class HoverIntent<T> {
  private shown: T | null = null;
  private pending: T | null = null;
  private openTimer: Timer | null = null;
  private closeTimer: Timer | null = null;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  /** The pointer is over `target`, or over no target (null) and not over the card. */
  over(target: T | null): void {
    if (target === null) {
      this.cancelOpen();
      if (this.shown !== null && this.closeTimer === null) {
        this.closeTimer = setTimeout(() => {
          this.closeTimer = null;
          this.shown = null;
          this.options.onClose();
        }, GRACE_MS);
      }
      return;
    }
    if (target === this.shown) {
      this.cancelOpen();
      this.cancelClose();
      return;
    }
    // Another target: the open card (if any) waits for the switch instead of closing.
    this.cancelClose();
    if (target === this.pending) return;
    this.cancelOpen();
    this.pending = target;
    const delay = Math.max(0, this.options.openDelay());
    if (delay === 0) {
      this.fireOpen();
      return;
    }
    this.openTimer = setTimeout(() => {
      this.openTimer = null;
      this.fireOpen();
    }, delay);
  }

  /** The pointer is on the card. */
  overCard(): void {
    this.cancelOpen();
    this.cancelClose();
  }

  /** Forget everything without calling back (the card was opened or closed some other way). */
  reset(): void {
    this.cancelOpen();
    this.cancelClose();
    this.shown = null;
  }

  private fireOpen(): void {
    const target = this.pending;
    this.pending = null;
    if (target === null) return;
    this.shown = target;
    this.options.onOpen(target);
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) clearTimeout(this.openTimer);
    this.openTimer = null;
    this.pending = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }
}
