import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/config.schema';
import { APP_CONFIG } from '../config/config.tokens';
import { OutboxService } from '../realtime/outbox.service';
import { TicketsRepository } from '../tickets/tickets.repository';
import { MailOutboxRepository, type QueuedMail } from './mail-outbox.repository';
import { ReplyDeliveryRepository, type OutgoingReply } from './reply-delivery.repository';

const BATCH = 20;
const MAX_ATTEMPTS = 5;

/**
 * The e-mail side of the channel layer: agents' replies (and, after them, the alert e-mails queued in
 * mail_outbox) (stored QUEUED by the tickets feature) go out
 * through SMTP to the buyer's address — for Amazon, the buyer's relay address, as a reply to the
 * buyer's message so Seller Central threads it. Permanent refusals (5xx) fail at once; other errors
 * are retried with a growing delay, then marked FAILED on the ticket's timeline.
 */
@Injectable()
export class ReplyDeliveryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReplyDelivery');
  private transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: ReplyDeliveryRepository,
    private readonly tickets: TicketsRepository,
    private readonly outbox: OutboxService,
    private readonly mailOutbox: MailOutboxRepository,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SMTP_URL) {
      this.logger.log('SMTP_URL is not set: replies stay QUEUED until a mail server is configured');
      return;
    }
    this.transport = createTransport(this.config.SMTP_URL);
    this.timer = setInterval(() => void this.deliverDue(), this.config.MAIL_POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    this.transport?.close();
  }

  /** One pass: claim due replies and send them; overlapping calls share the pass in progress. */
  deliverDue(): Promise<void> {
    if (this.running || !this.transport) return this.running ?? Promise.resolve();
    this.running = (async () => {
      try {
        const due = await this.repo.claim(BATCH);
        for (const reply of due) {
          if (this.stopped) break;
          await this.deliver(reply);
        }
        for (const mail of await this.mailOutbox.claim(BATCH)) {
          if (this.stopped) break;
          await this.deliverMail(mail);
        }
      } catch (e) {
        if (!this.stopped) this.logger.warn(`delivery pass failed: ${e instanceof Error ? e.message : e}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private async deliver(reply: OutgoingReply): Promise<void> {
    try {
      await this.transport!.sendMail({
        from: this.config.MAIL_FROM,
        to: reply.to,
        subject: reply.subject,
        text: reply.body,
        // A stable Message-ID: a resend after a crash mid-send is recognisably the same message.
        messageId: `<${reply.id}@lifeline>`,
        ...(reply.inReplyTo ? { inReplyTo: reply.inReplyTo, references: [reply.inReplyTo] } : {}),
        headers: { 'X-Lifeline-Ticket': reply.ticketId },
      });
      await this.record(reply, 'MESSAGE_SENT', {});
    } catch (e) {
      const error = describe(e);
      if (givesUp(e, reply.attempts)) {
        await this.record(reply, 'MESSAGE_FAILED', { error, attempts: reply.attempts });
        this.logger.warn(`reply ${reply.id} failed for good after ${reply.attempts} attempt(s)`);
      } else {
        await this.repo.retryLater(reply.organizationId, reply.id, error, this.retryDelaySeconds(reply.attempts));
      }
    }
  }

  /** The wait before another try grows with the square of the attempts made. */
  private retryDelaySeconds(attempts: number): number {
    return this.config.MAIL_RETRY_BASE_SECONDS * attempts ** 2;
  }

  /** Alert e-mails to the organisation's people (mail_outbox): same transport, same retry rules. */
  private async deliverMail(mail: QueuedMail): Promise<void> {
    try {
      await this.transport!.sendMail({ from: this.config.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.body, messageId: `<${mail.id}@lifeline>` });
      await this.mailOutbox.markSent(mail.organizationId, mail.id);
    } catch (e) {
      const error = describe(e);
      if (givesUp(e, mail.attempts)) await this.mailOutbox.markFailed(mail.organizationId, mail.id, error);
      else await this.mailOutbox.retryLater(mail.organizationId, mail.id, error, this.retryDelaySeconds(mail.attempts));
    }
  }

  /** The outcome, its timeline entry and a live event in one transaction: readers never see one without the other. */
  private async record(reply: OutgoingReply, type: 'MESSAGE_SENT' | 'MESSAGE_FAILED', data: Record<string, unknown>): Promise<void> {
    await this.tickets.transaction(async (m) => {
      if (type === 'MESSAGE_SENT') await this.repo.markSent(reply.organizationId, reply.id, m);
      else await this.repo.markFailed(reply.organizationId, reply.id, String(data.error), m);
      await this.tickets.appendTimeline(m, reply.organizationId, reply.ticketId, [{ type, actorType: 'SYSTEM', data: { messageId: reply.id, ...data } }]);
      await this.outbox.append(m, {
        organizationId: reply.organizationId,
        type: 'message.delivery',
        payload: { ticketId: reply.ticketId, messageId: reply.id, status: type === 'MESSAGE_SENT' ? 'SENT' : 'FAILED' },
      });
    });
  }
}

/** A permanent refusal (5xx) or the last allowed attempt: mark it failed instead of trying again. */
function givesUp(e: unknown, attempts: number): boolean {
  const code = (e as { responseCode?: unknown }).responseCode;
  return (typeof code === 'number' && code >= 500) || attempts >= MAX_ATTEMPTS;
}

/** The server's answer without credentials or addresses. */
function describe(e: unknown): string {
  const err = e as { responseCode?: number; response?: string; code?: string; message?: string };
  if (err.responseCode) return `${err.responseCode} ${String(err.response ?? '').slice(0, 200)}`.trim();
  return err.code ?? err.message?.slice(0, 200) ?? 'unknown error';
}
