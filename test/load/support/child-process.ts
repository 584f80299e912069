import { spawn, type ChildProcess } from 'node:child_process';
import { onCleanup } from './cleanup';
import { sleep } from './progress';

export interface ChildServer {
  url: string;
  pid: number;
  /** The last lines the child printed, for error messages. */
  output(): string;
  stop(): Promise<void>;
}

const MAX_OUTPUT_LINES = 60;

/**
 * Spawns a Node server in its own process (so it never shares an event loop with the load generator),
 * waits until `healthPath` answers 200, and registers it for cleanup.
 */
export async function startChildServer(opts: {
  label: string;
  args: string[];
  env: Record<string, string>;
  url: string;
  healthPath: string;
  timeoutMs?: number;
  cwd?: string;
}): Promise<ChildServer> {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > MAX_OUTPUT_LINES) lines.shift();
    }
  };
  const child = spawn(process.execPath, opts.args, {
    cwd: opts.cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    }),
  );
  // Last resort when this process exits before the cleanup registry ran (see cleanup.ts).
  const killAtExit = () => {
    if (!exited) child.kill('SIGKILL');
  };
  process.once('exit', killAtExit);
  const stop = async () => {
    await stopChild(child, exit, () => exited !== undefined);
    process.off('exit', killAtExit);
  };
  const unregister = onCleanup(opts.label, stop);
  const output = () => lines.join('\n');

  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  for (;;) {
    if (exited) {
      unregister();
      throw new Error(`${opts.label} exited (code ${exited.code}, signal ${exited.signal}) before it was ready:\n${output()}`);
    }
    try {
      const res = await fetch(opts.url + opts.healthPath, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      unregister();
      throw new Error(`${opts.label} did not answer ${opts.healthPath} with 200 in time:\n${output()}`);
    }
    await sleep(200);
  }
  return {
    url: opts.url,
    pid: child.pid!,
    output,
    stop: async () => {
      unregister();
      await stop();
    },
  };
}

async function stopChild(child: ChildProcess, exit: Promise<void>, hasExited: () => boolean): Promise<void> {
  if (hasExited()) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    if (!hasExited()) child.kill('SIGKILL');
  }, 5_000);
  await exit;
  clearTimeout(timer);
}
