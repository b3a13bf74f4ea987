/**
 * Draws Cited's app icons from one SVG with headless Chromium: favicon, PNG icons for the web app manifest
 * (192, 512, maskable 512) and the Apple touch icon. Run after changing the mark: `npx tsx scripts/make-icons.ts`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

// A violet tile, a highlighter stroke and a closing quotation mark: the citation is the brand.
function svg(size: number, safeZone = 1): string {
  const s = (n: number) => ((n - 256) * safeZone + 256).toFixed(1);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="${safeZone < 1 ? 0 : 112}" fill="#6a35f5"/>
  <path d="M${s(96)} ${s(338)} L${s(416)} ${s(308)} L${s(424)} ${s(392)} L${s(104)} ${s(422)} Z" fill="#ffe45c"/>
  <text x="${s(256)}" y="${s(452)}" text-anchor="middle" font-family="Georgia, 'DejaVu Serif', serif" font-weight="700" font-size="${(400 * safeZone).toFixed(0)}" fill="#ffffff">”</text>
</svg>`;
}

/** An .ico holding one PNG (every browser since 2010 reads PNG inside ICO). */
function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18); // the PNG follows the header
  return Buffer.concat([header, png]);
}

async function main() {
  const executablePath = existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  async function render(size: number, safeZone = 1): Promise<Buffer> {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size, safeZone)}</body></html>`);
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  }
  writeFileSync('public/icons/icon-192.png', await render(192));
  writeFileSync('public/icons/icon-512.png', await render(512));
  writeFileSync('public/icons/maskable-512.png', await render(512, 0.8));
  writeFileSync('app/apple-icon.png', await render(180, 0.9));
  writeFileSync('app/icon.png', await render(64));
  writeFileSync('app/favicon.ico', icoFromPng(await render(32), 32));
  await browser.close();
}

void main();
