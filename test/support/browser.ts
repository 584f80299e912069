import { chromium, type Browser } from 'playwright-core';

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

/**
 * Where the Chromium binary lives. CHROMIUM_PATH wins (e.g. Debian's /usr/bin/chromium); otherwise the
 * headless Chromium shipped inside the @sparticuz/chromium npm package, inflated into the tmp dir on first
 * use, so a fresh machine with only Node and npm can run the browser tests.
 */
export async function chromiumExecutablePath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const { default: Chromium } = await import('@sparticuz/chromium');
  return Chromium.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromiumExecutablePath();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
