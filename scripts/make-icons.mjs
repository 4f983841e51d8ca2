// The app's icon, drawn once here and written as every file the installers need:
//   build/icon.svg            the drawing (for the web, the README, a designer)
//   build/icon.png            1024×1024 (macOS and Linux fallback)
//   build/icons/<N>x<N>.png   16…1024 (Linux: AppImage and deb)
//   build/icon.ico            16…256 (Windows: NSIS and the app)
//   build/icon.icns           16…1024 with Retina pairs (macOS: dmg and the app)
// `node scripts/make-icons.mjs`. Plain Node: the shapes are rasterized here with anti-aliased
// signed distances, so no image tool or browser is needed and the output is the same everywhere.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'build');

/** The drawing, on a 1024 grid: a rounded tile, and a path from you through a person to the prospect. */
const CANVAS = 1024;
const TILE = { x: 64, y: 64, size: 896, radius: 200, top: [30, 58, 138], bottom: [37, 99, 235] };
const WHITE = [255, 255, 255];
const AMBER = [245, 158, 11];
const you = { x: 300, y: 690, r: 84 };
const person = { x: 512, y: 400, r: 84 };
const prospect = { x: 736, y: 640, r: 124 };
const LINE_WIDTH = 60;
/** Drawn in order, each over the ones before. */
const shapes = [
  { kind: 'line', from: you, to: person, width: LINE_WIDTH, color: WHITE, opacity: 0.85 },
  { kind: 'line', from: person, to: prospect, width: LINE_WIDTH, color: WHITE, opacity: 0.85 },
  { kind: 'circle', ...you, color: WHITE, opacity: 1 },
  { kind: 'circle', ...person, color: WHITE, opacity: 1 },
  { kind: 'circle', ...prospect, color: AMBER, opacity: 1 },
];

const hex = ([r, g, b]) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

export function iconSvg() {
  const parts = shapes.map((s) =>
    s.kind === 'line'
      ? `  <line x1="${s.from.x}" y1="${s.from.y}" x2="${s.to.x}" y2="${s.to.y}" stroke="${hex(s.color)}" stroke-opacity="${s.opacity}" stroke-width="${s.width}" stroke-linecap="round"/>`
      : `  <circle cx="${s.x}" cy="${s.y}" r="${s.r}" fill="${hex(s.color)}"/>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CANVAS} ${CANVAS}" width="${CANVAS}" height="${CANVAS}">`,
    '  <title>Inside Track</title>',
    '  <defs>',
    '    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">',
    `      <stop offset="0" stop-color="${hex(TILE.top)}"/>`,
    `      <stop offset="1" stop-color="${hex(TILE.bottom)}"/>`,
    '    </linearGradient>',
    '  </defs>',
    `  <rect x="${TILE.x}" y="${TILE.y}" width="${TILE.size}" height="${TILE.size}" rx="${TILE.radius}" fill="url(#tile)"/>`,
    ...parts,
    '</svg>',
    '',
  ].join('\n');
}

/** Signed distance (negative inside) from a point to each kind of shape, in grid units. */
function roundedRectDistance(x, y) {
  const half = TILE.size / 2;
  const cx = TILE.x + half;
  const cy = TILE.y + half;
  const qx = Math.abs(x - cx) - (half - TILE.radius);
  const qy = Math.abs(y - cy) - (half - TILE.radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - TILE.radius;
}

function shapeDistance(shape, x, y) {
  if (shape.kind === 'circle') return Math.hypot(x - shape.x, y - shape.y) - shape.r;
  const { from, to } = shape;
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const t = Math.max(0, Math.min(1, ((x - from.x) * dx + (y - from.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (from.x + t * dx), y - (from.y + t * dy)) - shape.width / 2;
}

/** The icon as RGBA pixels at `size`: each shape covers a pixel by its distance (one pixel of blur). */
export function rasterize(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = CANVAS / size;
  const coverage = (distance) => Math.max(0, Math.min(1, 0.5 - distance / scale));
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const x = (px + 0.5) * scale;
      const y = (py + 0.5) * scale;
      const tileAlpha = coverage(roundedRectDistance(x, y));
      if (tileAlpha === 0) continue;
      const t = Math.max(0, Math.min(1, (y - TILE.y) / TILE.size));
      let color = TILE.top.map((c, i) => c + (TILE.bottom[i] - c) * t);
      for (const shape of shapes) {
        const a = coverage(shapeDistance(shape, x, y)) * shape.opacity;
        if (a > 0) color = color.map((c, i) => c + (shape.color[i] - c) * a);
      }
      const at = (py * size + px) * 4;
      pixels[at] = Math.round(color[0]);
      pixels[at + 1] = Math.round(color[1]);
      pixels[at + 2] = Math.round(color[2]);
      pixels[at + 3] = Math.round(tileAlpha * 255);
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixels as a PNG file (8 bits a channel; each row filtered by the one above). */
export function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y += 1) {
    const row = y * (stride + 1);
    raw[row] = y === 0 ? 0 : 2;
    for (let i = 0; i < stride; i += 1) {
      const value = pixels[y * stride + i];
      raw[row + 1 + i] = y === 0 ? value : (value - pixels[(y - 1) * stride + i]) & 0xff;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A Windows icon holding PNG images (Vista and later read PNG entries; 256 is written as 0). */
export function encodeIco(pngs) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = 6 + 16 * pngs.length;
  const entries = pngs.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...pngs.map(({ png }) => png)]);
}

/** macOS's icon types that hold PNG data, and the pixel size of each (the @2x ones are Retina). */
export const ICNS_TYPES = {
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512,
};

export function encodeIcns(pngBySize) {
  const entries = Object.entries(ICNS_TYPES).map(([type, size]) => {
    const png = pngBySize.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

function main() {
  const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...Object.values(ICNS_TYPES)])];
  const pngBySize = new Map(sizes.map((size) => [size, encodePng(size, rasterize(size))]));
  mkdirSync(join(out, 'icons'), { recursive: true });
  writeFileSync(join(out, 'icon.svg'), iconSvg());
  writeFileSync(join(out, 'icon.png'), pngBySize.get(1024));
  for (const size of LINUX_SIZES)
    writeFileSync(join(out, 'icons', `${size}x${size}.png`), pngBySize.get(size));
  writeFileSync(
    join(out, 'icon.ico'),
    encodeIco(ICO_SIZES.map((size) => ({ size, png: pngBySize.get(size) }))),
  );
  writeFileSync(join(out, 'icon.icns'), encodeIcns(pngBySize));
  console.log(`Wrote build/icon.svg, icon.png, icon.ico, icon.icns and icons/ (${LINUX_SIZES.join(', ')})`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
