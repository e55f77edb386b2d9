/**
 * Reservoir sampling (Algorithm L): keeps `size` items spread uniformly through a stream of
 * unknown length, and says in advance which item to keep next, so a reader can skip building
 * the items it will not keep.
 */
export class Reservoir<T> {
  readonly items: T[] = [];
  private readonly size: number;
  private w: number;
  private nextIndex: number;

  constructor(size: number) {
    this.size = Math.max(0, size);
    this.w = Math.exp(Math.log(Math.random()) / Math.max(1, this.size));
    this.nextIndex = this.size - 1;
    this.advance();
  }

  /** True when the item at `index` (0-based, in stream order) should be offered. */
  wants(index: number): boolean {
    return index < this.size || index === this.nextIndex;
  }

  /** Offers the item at `index`; call only when {@link wants} said so. */
  offer(index: number, item: T): void {
    if (index < this.size) {
      this.items.push(item);
      return;
    }
    this.items[Math.floor(Math.random() * this.size)] = item;
    this.w *= Math.exp(Math.log(Math.random()) / this.size);
    this.advance();
  }

  private advance(): void {
    if (this.size === 0) {
      this.nextIndex = Number.POSITIVE_INFINITY;
      return;
    }
    const skip = Math.floor(Math.log(Math.random()) / Math.log(1 - this.w));
    this.nextIndex += (Number.isFinite(skip) ? skip : 0) + 1;
  }
}
