import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';

/**
 * A job every API process runs on a timer (a sweep for what time alone changes): started after boot, stopped
 * at shutdown, never overlapping itself in one process. A run that throws is logged and the next tick tries
 * again. Several processes may run it together; the job's own SQL (locks, SKIP LOCKED, conditional UPDATEs)
 * keeps that safe.
 */
export abstract class IntervalJob implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  protected constructor(name: string) {
    this.logger = new Logger(name);
  }

  /** How long between runs; read once at boot. */
  protected abstract intervalMs(): number;

  /** One run, as of now; tests call it directly with their own `now`. */
  abstract sweep(): Promise<unknown>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.intervalMs());
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Runs `work` unless a run is already going in this process (then answers `idle`); logs a failure. */
  protected async exclusive<T>(work: () => Promise<T>, idle: T): Promise<T> {
    if (this.running) return idle;
    this.running = true;
    try {
      return await work();
    } catch (e) {
      this.logger.error(`run failed: ${(e as Error).message}`);
      return idle;
    } finally {
      this.running = false;
    }
  }
}
