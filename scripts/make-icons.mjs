// Renders the extension icon (an SVG drawn here) to public/icon/<size>.png with Chromium.
// Run once after changing the drawing: node scripts/make-icons.mjs
import { mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChrome, INSTALL_HINT } from './chrome.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="28" fill="#14532d"/>
  <rect x="4" y="4" width="120" height="120" rx="28" fill="url(#g)"/>
  <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2f9e5b"/><stop offset="1" stop-color="#14532d"/></linearGradient></defs>
  <text x="64" y="88" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="700" font-size="78" fill="#fff">€</text>
  <circle cx="98" cy="30" r="14" fill="#ffd54f" stroke="#fff" stroke-width="5"/>
</svg>`;

const executablePath = findChrome();
if (!executablePath) throw new Error(INSTALL_HINT);
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
const dir = join(ROOT, 'public/icon');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: join(dir, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log(`icons written to ${dir}`);
