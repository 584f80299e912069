import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { rooms } from '@lifeline/api-contract';
import { DATABASE_URL } from '../database/database.tokens';
import { OutboxRepository } from './outbox.repository';
import { RealtimeGateway } from './realtime.gateway';

const BATCH = 500;
const FALLBACK_POLL_MS = 1000;

/**
 * Relays committed outbox events to socket.io rooms in id order. A LISTEN connection wakes it on
 * every commit (the insert trigger NOTIFYs); a one-second poll covers a dropped connection.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private reconnectTimer?: NodeJS.Timeout;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @Inject(DATABASE_URL) private readonly databaseUrl: string,
    private readonly repo: OutboxRepository,
    private readonly gateway: RealtimeGateway,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => void this.drain(), FALLBACK_POLL_MS);
    this.timer.unref();
    void this.drain();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.reconnectTimer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
  }

  /** Drains until empty; concurrent calls coalesce into one more pass. */
  drain(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          let batch;
          do {
            if (this.stopped) return;
            batch = await this.repo.claimUnrelayed(BATCH);
            for (const { room, event } of batch) {
              this.gateway.emitEvent(room ?? rooms.organization(event.organizationId), event);
            }
          } while (batch.length === BATCH);
        } while (this.again);
      } catch (e) {
        if (!this.stopped) this.logger.warn(`relay pass failed: ${e instanceof Error ? e.message : e}`);
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl, application_name: 'lifeline-outbox-listener' });
    client.on('notification', () => void this.drain());
    client.on('error', (e) => {
      this.logger.warn(`listener lost (${e.message}); polling until it is back`);
      this.listener = undefined;
      this.relisten();
    });
    await client.connect();
    await client.query('LISTEN lifeline_outbox');
    if (this.stopped) {
      await client.end();
      return;
    }
    this.listener = client;
  }

  /** Retries LISTEN every two seconds until it holds again; the poll keeps events flowing meanwhile. */
  private relisten(): void {
    if (this.stopped) return;
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      if (!this.stopped) this.listen().catch(() => this.relisten());
    }, 2000);
    this.reconnectTimer.unref();
  }
}
