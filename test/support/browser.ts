import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

const repoRoot = resolve(__dirname, '../..');

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

/** @sparticuz/chromium's own API, run in a plain Node process (see chromiumExecutablePath). */
const SPARTICUZ_EXECUTABLE_PATH = `
  const { default: Chromium } = await import('@sparticuz/chromium');
  process.stdout.write(await Chromium.executablePath());
`;

let sparticuzPath: Promise<string> | undefined;

/**
 * Where the Chromium binary lives. CHROMIUM_PATH wins (e.g. Debian's /usr/bin/chromium); otherwise the
 * headless Chromium shipped inside the @sparticuz/chromium npm package, inflated into the tmp dir on first
 * use, so a fresh machine with only Node and npm can run the browser tests. That package is ESM-only and
 * jest (CommonJS, Node < 24.9) cannot load it, so a short-lived Node process asks it for the path.
 */
export function chromiumExecutablePath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return Promise.resolve(process.env.CHROMIUM_PATH);
  sparticuzPath ??= promisify(execFile)(
    process.execPath,
    ['--input-type=module', '--eval', SPARTICUZ_EXECUTABLE_PATH],
    { cwd: repoRoot, timeout: 120_000 },
  ).then(({ stdout }) => stdout.trim());
  return sparticuzPath;
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromiumExecutablePath();
  return chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
}
