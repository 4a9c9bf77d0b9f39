/**
 * Time-ordered identifiers: UUID version 7 (RFC 9562, section 5.7). The first 48 bits are the Unix time in
 * milliseconds, then the version (7), 12 random bits, the variant (10) and 62 random bits: 74 random bits in
 * all, so an id is as hard to guess as it needs to be for a bearer token (a survey's resume token), while ids
 * made one after another sort one after another.
 *
 * Why it matters: a B-tree index on random UUIDs takes each new key on a random leaf page, so a busy table
 * dirties (and, after every checkpoint, logs in full to the WAL) pages all over the index; time-ordered keys go
 * to the right-most pages. On the response table that is ~15 µs of PostgreSQL CPU per stored response (bench/).
 * Uses Web Crypto's getRandomValues, available in browsers (also outside secure contexts) and Node >= 19.
 */
export function uuidv7(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  bytes.set(randomBytes10(), 6);
  let ms = Math.max(0, Math.floor(now));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10
  let hex = '';
  for (const b of bytes) hex += HEX[b];
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Random bytes are drawn from a pool refilled 4 KiB at a time: one getRandomValues call per ~400 ids instead
// of one per id (each call is a synchronous trip into the system's random source; on the submit route that was
// 4% of the server's CPU). Every byte is used once.
const POOL_SIZE = 4096;
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
let pool = new Uint8Array(0);
let poolOffset = POOL_SIZE;
function randomBytes10(): Uint8Array {
  if (poolOffset + 10 > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(POOL_SIZE));
    poolOffset = 0;
  }
  const out = pool.subarray(poolOffset, poolOffset + 10);
  poolOffset += 10;
  return out;
}

/** The millisecond timestamp a UUIDv7 carries (for tests and for reading an id's age). */
export function uuidv7Time(id: string): number {
  return parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
