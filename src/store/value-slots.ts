// How the memory store holds its values: in numbered slots of typed arrays, text as UTF-8 bytes in one
// Buffer, all outside the JavaScript heap; only values that are neither text, a number, a boolean nor a
// token bucket (a button's action, a relay target) stay ordinary objects.
//
// Why: state written per chat (its conversation, the subject of the message just sent, its flood bucket)
// lives for minutes. As strings and objects on the heap, each value was copied by two young-generation
// collections, then kept in the old generation for every full collection to mark again; with thousands of
// chats that copying is what made V8 double its young generation (issue 10: peak RSS, measured with
// --trace-gc-nvp). Bytes in a Buffer and numbers in typed arrays are never moved or traced by the
// collector; reading a value makes a short-lived string that dies young.

/** What a slot holds. */
const SlotKind = { Free: 0, Text: 1, Number: 2, Boolean: 3, Bucket: 4, Object: 5 } as const;
type SlotKind = (typeof SlotKind)[keyof typeof SlotKind];

const INITIAL_SLOTS = 1024;
const INITIAL_BYTES = 64 * 1024;

/** Numbered value slots with an expiry each; a freed slot is reused. */
export class ValueSlots {
  private kinds = new Uint8Array(INITIAL_SLOTS);
  private expiries = new Float64Array(INITIAL_SLOTS);
  /** Text: byte offset and length; number and boolean: the value in `a`; bucket: tokens, at, noticeAt (NaN: none). */
  private a = new Float64Array(INITIAL_SLOTS);
  private b = new Float64Array(INITIAL_SLOTS);
  private c = new Float64Array(INITIAL_SLOTS);
  private objects = new Map<number, unknown>();
  private freeSlots: number[] = [];
  private next = 0;
  private bytes = Buffer.allocUnsafe(INITIAL_BYTES);
  private usedBytes = 0;
  private liveBytes = 0;

  /** A slot holding `value` until `expiresAt` (ms since the epoch). */
  store(value: unknown, expiresAt: number): number {
    const slot = this.freeSlots.pop() ?? this.grow();
    this.expiries[slot] = expiresAt;
    if (typeof value === "string") this.putText(slot, value);
    else if (typeof value === "number") this.put(slot, SlotKind.Number, value);
    else if (typeof value === "boolean") this.put(slot, SlotKind.Boolean, value ? 1 : 0);
    else {
      this.kinds[slot] = SlotKind.Object;
      this.objects.set(slot, value);
    }
    return slot;
  }

  /** A slot holding a token bucket. */
  storeBucket(tokens: number, at: number, noticeAt: number | undefined, expiresAt: number): number {
    const slot = this.freeSlots.pop() ?? this.grow();
    this.expiries[slot] = expiresAt;
    this.put(slot, SlotKind.Bucket, tokens, at, noticeAt ?? Number.NaN);
    return slot;
  }

  isBucket(slot: number): boolean {
    return this.kinds[slot] === SlotKind.Bucket;
  }

  expiresAt(slot: number): number {
    return this.expiries[slot]!;
  }

  /** The value in `slot` (a new string for text). */
  value(slot: number): unknown {
    switch (this.kinds[slot]) {
      case SlotKind.Text:
        return this.bytes.toString("utf8", this.a[slot], this.a[slot]! + this.b[slot]!);
      case SlotKind.Number:
        return this.a[slot];
      case SlotKind.Boolean:
        return this.a[slot] === 1;
      case SlotKind.Object:
        return this.objects.get(slot);
      case SlotKind.Bucket:
        return this.bucket(slot);
      default:
        return undefined;
    }
  }

  bucket(slot: number): { tokens: number; at: number; noticeAt: number | undefined } {
    const noticeAt = this.c[slot]!;
    return { tokens: this.a[slot]!, at: this.b[slot]!, noticeAt: Number.isNaN(noticeAt) ? undefined : noticeAt };
  }

  release(slot: number): void {
    if (this.kinds[slot] === SlotKind.Text) this.liveBytes -= this.b[slot]!;
    if (this.kinds[slot] === SlotKind.Object) this.objects.delete(slot);
    this.kinds[slot] = SlotKind.Free;
    this.freeSlots.push(slot);
  }

  private put(slot: number, kind: SlotKind, a: number, b = 0, c = 0): void {
    this.kinds[slot] = kind;
    this.a[slot] = a;
    this.b[slot] = b;
    this.c[slot] = c;
  }

  private putText(slot: number, text: string): void {
    const length = Buffer.byteLength(text, "utf8");
    if (this.usedBytes + length > this.bytes.length) this.makeRoom(length);
    this.bytes.write(text, this.usedBytes, length, "utf8");
    this.put(slot, SlotKind.Text, this.usedBytes, length);
    this.usedBytes += length;
    this.liveBytes += length;
  }

  /** Compacts the text bytes when at least half are freed ones, else doubles the Buffer; then `extra` bytes fit. */
  private makeRoom(extra: number): void {
    const mostlyGarbage = (this.usedBytes - this.liveBytes) * 2 >= this.usedBytes;
    const size = Math.max(INITIAL_BYTES, mostlyGarbage ? this.bytes.length : this.bytes.length * 2, (this.liveBytes + extra) * 2);
    const moved = Buffer.allocUnsafe(size);
    let at = 0;
    for (let slot = 0; slot < this.next; slot++) {
      if (this.kinds[slot] !== SlotKind.Text) continue;
      const from = this.a[slot]!;
      const length = this.b[slot]!;
      this.bytes.copy(moved, at, from, from + length);
      this.a[slot] = at;
      at += length;
    }
    this.bytes = moved;
    this.usedBytes = at;
    this.liveBytes = at;
  }

  /** A never-used slot, doubling the arrays when they are full. */
  private grow(): number {
    if (this.next === this.kinds.length) {
      const size = this.kinds.length * 2;
      this.kinds = copyInto(new Uint8Array(size), this.kinds);
      this.expiries = copyInto(new Float64Array(size), this.expiries);
      this.a = copyInto(new Float64Array(size), this.a);
      this.b = copyInto(new Float64Array(size), this.b);
      this.c = copyInto(new Float64Array(size), this.c);
    }
    return this.next++;
  }
}

function copyInto<T extends Uint8Array | Float64Array>(target: T, source: T): T {
  target.set(source);
  return target;
}
