/**
 * A Bloom filter over the gazetteer's name keys, stored in the gazetteer file: most words the place stage tries
 * are not names, and this answers "surely not" in memory instead of asking SQLite. Hand-written because it is
 * twenty lines and must read the bytes the build script wrote; a false "maybe" (about 1%) only costs one query.
 */
export class NameFilter {
  private constructor(
    private readonly bits: Uint8Array,
    private readonly hashes: number,
  ) {}

  static build(keys: Iterable<string>, count: number, bitsPerKey = 10, hashes = 7): NameFilter {
    const filter = new NameFilter(new Uint8Array(Math.ceil((count * bitsPerKey) / 8) + 1), hashes);
    for (const key of keys) {
      const [first, step] = filter.hashes2(key);
      for (let i = 0; i < filter.hashes; i++) {
        const bit = filter.position(first, step, i);
        filter.bits[bit >> 3] = (filter.bits[bit >> 3] ?? 0) | (1 << (bit & 7));
      }
    }
    return filter;
  }

  /** Layout: one byte for the number of hashes, then the bit array. */
  static fromBuffer(buffer: Uint8Array): NameFilter {
    return new NameFilter(buffer.subarray(1), buffer[0] ?? 7);
  }

  toBuffer(): Buffer {
    return Buffer.concat([Buffer.from([this.hashes]), this.bits]);
  }

  mightHave(key: string): boolean {
    const [first, step] = this.hashes2(key);
    for (let i = 0; i < this.hashes; i++) {
      const bit = this.position(first, step, i);
      if (((this.bits[bit >> 3] ?? 0) & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }

  /** Double hashing (Kirsch–Mitzenmacher): the i-th bit is first + i·step, from two FNV-1a variants. */
  private hashes2(key: string): [number, number] {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    }
    return [h1, (h2 | 1) >>> 0];
  }

  private position(first: number, step: number, i: number): number {
    return (first + i * step) % (this.bits.length * 8);
  }
}
