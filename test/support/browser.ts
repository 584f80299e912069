import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
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
