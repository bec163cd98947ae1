/**
 * Reader benchmark: article 001 on a production build.
 * Prints the server's response time for the reader page (median and p95 over 50 requests), the HTML
 * and JavaScript transfer sizes (gzip), first contentful paint, and the time from hover to a visible
 * tooltip in Chromium (median over 30 words). Figures are printed, never asserted.
 * Usage: npm run bench:reader   (builds, seeds prisma/bench.db and starts its own server)
 */
import { execFileSync, spawn } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config';

const PORT = Number(process.env.BENCH_PORT ?? 3220);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ARTICLE = '/en/articles/waarom-rusland-en-china-elkaar-blijven-opzoeken';
const REQUESTS = 50;
const HOVERS = 30;
const env = {
  ...process.env,
  DATABASE_URL: 'file:./prisma/bench.db',
  BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? 'bench-only-secret-of-at-least-32-characters',
  NEXT_TELEMETRY_DISABLED: '1',
  CHECKPOINT_DISABLE: '1',
};

/**
 * In-page script, kept as text so the TypeScript loader cannot rewrite it: from the mouseover event to
 * the first frame after the tooltip is laid out and visible. NaN if none shows within 2 s.
 */
const LISTEN_FOR_HOVER = `
  window.hoverTiming = new Promise((resolve) => {
    document.addEventListener('mouseover', (event) => {
      const started = event.timeStamp;
      const check = () => {
        const tip = document.getElementById('gloss-tooltip');
        if (tip && tip.style.visibility !== 'hidden' && tip.textContent) {
          requestAnimationFrame(() => resolve(performance.now() - started));
        } else {
          requestAnimationFrame(check);
        }
      };
      check();
    }, { once: true, capture: true });
    setTimeout(() => resolve(NaN), 2000);
  });
  undefined; // evaluate would otherwise wait for the promise
`;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** GET with gzip accepted; returns the bytes on the wire and the decoded size. */
function get(path: string): Promise<{ status: number; wire: number; body: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(`${ORIGIN}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', async () => {
          const raw = Buffer.concat(chunks);
          const body = response.headers['content-encoding'] === 'gzip' ? (await import('node:zlib')).gunzipSync(raw) : raw;
          resolve({ status: response.statusCode ?? 0, wire: raw.length, body: body.toString('utf8'), ms: performance.now() - started });
        });
      })
      .on('error', reject);
  });
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await get('/api/health')).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the server did not start');
}

async function main() {
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${os.platform()} ${os.release()}`);
  execFileSync('node', ['scripts/setup.mjs'], { env, stdio: 'ignore' });
  if (!process.env.BENCH_SKIP_BUILD) execFileSync('node_modules/.bin/next', ['build'], { env, stdio: 'ignore' });
  const server = spawn('node_modules/.bin/next', ['start', '-p', String(PORT), '-H', '127.0.0.1'], { env, stdio: 'ignore' });
  try {
    await waitForServer();
    for (let i = 0; i < 5; i++) await get(ARTICLE); // warm-up
    const times: number[] = [];
    let page = await get(ARTICLE);
    for (let i = 0; i < REQUESTS; i++) {
      page = await get(ARTICLE);
      if (page.status !== 200) throw new Error(`reader answered ${page.status}`);
      times.push(page.ms);
    }
    console.log(`server response (full page, ${REQUESTS} sequential requests): median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}`);

    const scripts = [...page.body.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
    const styles = [...page.body.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => match[1]!);
    const assets = async (paths: string[]) => {
      const responses = await Promise.all(paths.map((path) => get(path)));
      return { wire: responses.reduce((sum, r) => sum + r.wire, 0), raw: responses.reduce((sum, r) => sum + Buffer.byteLength(r.body), 0) };
    };
    const js = await assets(scripts);
    const css = await assets(styles);
    const htmlRaw = Buffer.byteLength(page.body);
    console.log(`transfer (gzip): HTML ${kb(page.wire)}, JS ${kb(js.wire)} in ${scripts.length} files, CSS ${kb(css.wire)}`);
    console.log(`uncompressed page weight: ${kb(htmlRaw + js.raw + css.raw)} (HTML ${kb(htmlRaw)}, JS ${kb(js.raw)}, CSS ${kb(css.raw)})`);

    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await tab.goto(`${ORIGIN}${ARTICLE}`);
      await tab.waitForLoadState('networkidle');
      const paint = await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
      console.log(`first contentful paint (localhost, cold browser): ${ms(paint)}`);

      const words = tab.locator('[data-word]');
      const count = await words.count();
      const hovers: number[] = [];
      for (let i = 0; i < HOVERS; i++) {
        const target = words.nth(Math.floor(((i + 0.5) * count) / HOVERS));
        await target.scrollIntoViewIfNeeded();
        await tab.mouse.move(1, 1);
        await tab.getByRole('tooltip').waitFor({ state: 'detached' });
        // A word broken over two lines has a box whose centre can miss it: aim at its first line.
        const box = await target.evaluate((element) => {
          const rect = element.getClientRects()[0]!;
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
        });
        // Listen first (awaited), then move: the mouse and the page are driven over different channels.
        await tab.evaluate(LISTEN_FOR_HOVER);
        await tab.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        const measured = (await tab.evaluate('window.hoverTiming')) as number;
        if (Number.isFinite(measured)) hovers.push(measured);
      }
      if (hovers.length < HOVERS) console.log(`hover: ${HOVERS - hovers.length} of ${HOVERS} words showed no tooltip within 2 s`);
      console.log(`hover to visible tooltip (${hovers.length} words, to the next frame after it shows): median ${ms(quantile(hovers, 0.5))}, p95 ${ms(quantile(hovers, 0.95))}`);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
