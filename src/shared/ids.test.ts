import { describe, expect, it } from 'vitest';
import { uuidv7, uuidv7Time } from './ids.ts';

// Layout from RFC 9562 "Universally Unique IDentifiers (UUIDs)", section 5.7 (UUID Version 7), and its
// test vector in Appendix A.6: unix_ts_ms 0x017F22E279B0 (Tuesday, February 22, 2022 2:22:22.00 PM GMT-05:00)
// gives an id starting 017f22e2-79b0-7.
describe('uuidv7', () => {
  it('puts the Unix time in milliseconds in the first 48 bits (RFC 9562 A.6 test vector)', () => {
    const ms = 0x017f22e279b0;
    expect(ms).toBe(Date.UTC(2022, 1, 22, 19, 22, 22));
    const id = uuidv7(ms);
    expect(id.startsWith('017f22e2-79b0-7')).toBe(true);
    expect(uuidv7Time(id)).toBe(ms);
  });

  it('is a valid UUID with version 7 and variant 10, that PostgreSQL\'s uuid type accepts', () => {
    for (let i = 0; i < 200; i++) {
      const id = uuidv7();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });

  it('sorts by time: ids made in later milliseconds sort after earlier ones, as text and as uuid bytes', () => {
    const base = Date.now();
    const ids = Array.from({ length: 50 }, (_, i) => uuidv7(base + i * 7));
    expect([...ids].sort()).toEqual(ids);
  });

  it('carries 74 random bits: ids of the same millisecond differ', () => {
    const ms = Date.now();
    const ids = new Set(Array.from({ length: 1000 }, () => uuidv7(ms)));
    expect(ids.size).toBe(1000);
    // The random part is not constant in any hex digit after the version nibble (a stuck digit would show).
    const digits = [...ids].map((id) => id.replace(/-/g, '').slice(13));
    for (let d = 0; d < digits[0].length; d++) {
      if (d === 3) continue; // variant nibble: only 8, 9, a, b
      expect(new Set(digits.map((x) => x[d])).size).toBeGreaterThan(8);
    }
  });
});
