import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

/**
 * Flags for a machine without network: without them Chromium keeps dialling Google services (updates,
 * sync, QUIC probes) and floods the logs with refused connections. `--no-sandbox` because CI containers
 * run as root; `--disable-gpu` because there is no GPU.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-domain-reliability',
  '--disable-dev-shm-usage',
];

/** Asks @sparticuz/chromium for the path in a plain Node process, for when this module cannot import it. */
const PRINT_SPARTICUZ_PATH = `
  const { default: Chromium } = await import('@sparticuz/chromium');
  process.stdout.write(await Chromium.executablePath());
`;

async function sparticuzExecutablePath(): Promise<string> {
  try {
    const { default: Chromium } = await import('@sparticuz/chromium');
    return await Chromium.executablePath();
  } catch (error) {
    // The package is ESM-only; jest in CommonJS mode (Node < 24.9) cannot load it. A short-lived Node
    // process can, from the repository root where node_modules resolves.
    if (!String(error).includes('ES Module') && !String(error).includes('ERR_REQUIRE')) throw error;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '--eval', PRINT_SPARTICUZ_PATH],
      { cwd: repoRoot(), timeout: 120_000 },
    );
    return stdout.trim();
  }
}

function repoRoot(): string {
  return typeof __dirname === 'string' ? resolve(__dirname, '../..') : process.cwd();
}

let executablePath: Promise<string> | undefined;

/**
 * Where the Chromium binary lives. CHROMIUM_PATH wins (e.g. Debian's /usr/bin/chromium); otherwise the
 * headless Chromium shipped inside the @sparticuz/chromium npm package, inflated into the tmp dir on first
 * use, so a fresh machine with only Node and npm can run the browser tests.
 */
export function chromiumExecutablePath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return Promise.resolve(process.env.CHROMIUM_PATH);
  executablePath ??= sparticuzExecutablePath();
  return executablePath;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromiumExecutablePath();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}

export const DEMO_PASSWORD = 'lifeline-demo';
export const UI_TIMEOUT = 15_000;

/** Waits until `read` returns something `accept` likes (Playwright's `expect` is not in playwright-core). */
export async function waitUntil<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = UI_TIMEOUT): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read().catch(() => undefined as T);
    if (last !== undefined && accept(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Expected ${what}, last saw ${JSON.stringify(last)}`);
}

/** A locator's trimmed text, as a reader for `waitUntil`. */
export const textOf = (locator: Locator) => () => locator.innerText().then((text) => text.trim());

/** Optional screenshots for a human look: SCREENSHOT_DIR=/tmp/shots npm run test:jest -- --selectProjects browser */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: join(process.env.SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** A fresh browser context signed in as a demo user, on the queues with a live socket; closed by the caller. */
export async function signIn(
  browser: Browser,
  baseURL: string,
  email: string,
  contexts: BrowserContext[],
  viewport = { width: 1440, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: 'en-US', viewport });
  context.setDefaultTimeout(UI_TIMEOUT);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/queues**');
  await waitUntil(textOf(page.getByRole('banner').getByRole('status')), (text) => text.includes('Live'), 'a live connection');
  return page;
}
