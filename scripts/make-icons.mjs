// Draws the app icons (clipboard with a check mark on #1d4e89) and writes PNGs with node:zlib.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const segment = (ax, ay, bx, by, w) => (x, y) => {
  const vx = bx - ax,
    vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  const px = ax + t * vx - x,
    py = ay + t * vy - y;
  return px * px + py * py <= (w / 2) * (w / 2);
};
const BLUE = hex('#1d4e89'),
  WHITE = hex('#ffffff'),
  LIGHT = hex('#a9c8ec'),
  GREEN = hex('#2f9e5b');

function draw(size, maskable) {
  const s = maskable ? 0.78 : 1; // maskable icons keep the drawing inside the 80% safe zone
  const t = (v) => 0.5 + (v - 0.5) * s;
  const shapes = [
    [maskable ? () => true : roundRect(0.02, 0.02, 0.98, 0.98, 0.2), BLUE],
    [roundRect(t(0.25), t(0.2), t(0.75), t(0.84), 0.05 * s), WHITE],
    [roundRect(t(0.38), t(0.13), t(0.62), t(0.26), 0.04 * s), LIGHT],
    [roundRect(t(0.33), t(0.36), t(0.67), t(0.41), 0.02 * s), BLUE],
    [roundRect(t(0.33), t(0.47), t(0.58), t(0.52), 0.02 * s), BLUE],
    [segment(t(0.36), t(0.67), t(0.45), t(0.75), 0.07 * s), GREEN],
    [segment(t(0.45), t(0.75), t(0.64), t(0.58), 0.07 * s), GREEN],
  ];
  const out = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size,
            y = (py + (sy + 0.5) / n) / size;
          let c = null;
          for (const [inside, colour] of shapes) if (inside(x, y)) c = colour;
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      const i = (py * size + px) * 4;
      out[i] = a ? Math.round(r / a) : 0;
      out[i + 1] = a ? Math.round(g / a) : 0;
      out[i + 2] = a ? Math.round(b / a) : 0;
      out[i + 3] = Math.round((a / (n * n)) * 255);
    }
  return png(size, out);
}
const dir = process.argv[2];
writeFileSync(`${dir}/icon-192.png`, draw(192, false));
writeFileSync(`${dir}/icon-512.png`, draw(512, false));
writeFileSync(`${dir}/maskable-512.png`, draw(512, true));
