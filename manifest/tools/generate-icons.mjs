// Draws the two Teams app icons with no dependencies, so anyone can regenerate them:
//   node manifest/tools/generate-icons.mjs [output folder, default manifest/]
// color.png   192x192: a six-segment SOSTAC ring in six colours around a rising bar chart, on the accent colour.
// outline.png  32x32: the same glyph in white on a transparent background.
// Teams rules for both icons: https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/build-and-test/apps-package
// The PNGs are written as 8-bit RGBA with filter type 0 on every row, the simplest form a decoder can read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outputDir = process.argv[2] ? resolve(process.argv[2]) : join(dirname(fileURLToPath(import.meta.url)), '..');

// Must equal accentColor in manifest.json: Teams shows the colour icon on that background.
const accent = [0x24, 0x3b, 0x73];
const white = [0xff, 0xff, 0xff];
// Situation, Objectives, Strategy, Tactics, Action, Control, clockwise from twelve o'clock.
const segmentColours = [
  [0x4d, 0xab, 0xf7],
  [0x69, 0xdb, 0x7c],
  [0xff, 0xd4, 0x3b],
  [0xff, 0xa9, 0x4d],
  [0xff, 0x6b, 0x6b],
  [0xb1, 0x97, 0xfc],
];

const supersampling = 8;

/** The glyph in unit coordinates (0..1, y down): which shape covers the point, or null. */
function shapeAt(x, y, geometry) {
  const dx = x - 0.5;
  const dy = y - 0.5;
  const radius = Math.hypot(dx, dy);
  if (radius >= geometry.inner && radius <= geometry.outer) {
    const angle = (Math.atan2(dx, -dy) * 180 / Math.PI + 360) % 360;
    const segment = Math.floor(angle / 60);
    const offset = angle - segment * 60;
    const halfGap = geometry.gapDegrees / 2;
    return offset >= halfGap && offset <= 60 - halfGap ? { kind: 'segment', segment } : null;
  }
  for (const bar of geometry.bars) {
    if (x >= bar.left && x <= bar.left + geometry.barWidth && y >= bar.top && y <= geometry.barBottom) {
      return { kind: 'bar' };
    }
  }
  return null;
}

function bars(left, width, gap, bottom, heights) {
  return heights.map((height, i) => ({ left: left + i * (width + gap), top: bottom - height }));
}

/** Renders RGBA pixels; paint(shape) gives the colour of a covered sample, background is [r,g,b,a] or null. */
function render(size, geometry, paint, background) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = supersampling * supersampling;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < supersampling; sy++) {
        for (let sx = 0; sx < supersampling; sx++) {
          const x = (px + (sx + 0.5) / supersampling) / size;
          const y = (py + (sy + 0.5) / supersampling) / size;
          const shape = shapeAt(x, y, geometry);
          const colour = shape ? paint(shape) : background;
          if (colour) {
            covered++;
            for (let c = 0; c < 3; c++) sum[c] += colour[c];
          }
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) {
        for (let c = 0; c < 3; c++) pixels[at + c] = Math.round(sum[c] / covered);
        pixels[at + 3] = Math.round(255 * covered / samples);
      }
    }
  }
  return pixels;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Teams crops the colour icon; keeping the glyph inside the central ~96 px keeps it whole.
const colourGeometry = {
  outer: 0.30, inner: 0.215, gapDegrees: 7,
  barWidth: 0.065, barBottom: 0.615, bars: bars(0.3775, 0.065, 0.025, 0.615, [0.10, 0.16, 0.23]),
};
const outlineGeometry = {
  outer: 0.47, inner: 0.35, gapDegrees: 12,
  barWidth: 0.10, barBottom: 0.72, bars: bars(0.30, 0.10, 0.05, 0.72, [0.18, 0.30, 0.44]),
};

const colour = render(192, colourGeometry,
  shape => (shape.kind === 'segment' ? segmentColours[shape.segment] : white), accent);
const outline = render(32, outlineGeometry, () => white, null);

mkdirSync(outputDir, { recursive: true });
writeFileSync(join(outputDir, 'color.png'), png(192, colour));
writeFileSync(join(outputDir, 'outline.png'), png(32, outline));
console.log(`Wrote ${join(outputDir, 'color.png')} and ${join(outputDir, 'outline.png')}`);
