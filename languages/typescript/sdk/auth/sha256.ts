/**
 * SHA-256 (FIPS 180-4), synchronous, so `buildAuthorizationUrl()` can compute the PKCE S256
 * challenge without becoming async (Web Crypto's digest is promise-based). The round constants
 * are derived from the primes instead of being spelled out, which keeps the SDK bundle small.
 */
const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

let constants: { k: number[]; h: number[] } | undefined;

function initialConstants(): { k: number[]; h: number[] } {
  if (constants) return constants;
  const primes: number[] = [];
  for (let n = 2; primes.length < 64; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  // First 32 bits of the fractional parts of cube roots (k) and square roots (h) of the primes.
  const fraction = (x: number) => ((x - Math.floor(x)) * 2 ** 32) >>> 0;
  constants = {
    k: primes.map((p) => fraction(Math.cbrt(p))),
    h: primes.slice(0, 8).map((p) => fraction(Math.sqrt(p))),
  };
  return constants;
}

export function sha256(message: Uint8Array): Uint8Array {
  const { k, h: initial } = initialConstants();
  const h = initial.slice();
  const length = message.length;
  const padded = new Uint8Array(Math.ceil((length + 9) / 64) * 64);
  padded.set(message);
  padded[length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(length / 2 ** 29));
  view.setUint32(padded.length - 4, (length << 3) >>> 0);
  const w = new Uint32Array(64);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15]!;
      const b = w[i - 2]!;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[i] = w[i - 16]! + s0 + w[i - 7]! + s1;
    }
    let [a, b, c, d, e, f, g, hh] = h as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    for (let i = 0; i < 64; i++) {
      const t1 =
        (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i]! + w[i]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((value, i) => {
      h[i] = (h[i]! + value) >>> 0;
    });
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((value, i) => outView.setUint32(i * 4, value));
  return out;
}
