import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress, type SMTPServerSession } from 'smtp-server';
import type { AppConfig } from '../config/config.schema';
import { APP_CONFIG } from '../config/config.tokens';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import { MessageIngestService, type InboundMessage } from '../tickets/message-ingest.service';

/** Buyer e-mails with attachments stay well under this; larger mail is refused during DATA. */
const MAX_MAIL_BYTES = 10 * 1024 * 1024;

interface Recipient {
  organizationId: string;
  storeId: string;
}

/**
 * E-mail in: sellers forward the marketplace's buyer e-mails (Amazon relays buyer messages only by
 * e-mail, ARCHITECTURE.md "Channels") to their store's inbound address; each mail goes through the same
 * ingest as POST /api/v1/messages, keyed by its Message-ID, so a redelivered mail writes nothing twice.
 */
@Injectable()
export class InboundMailService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('InboundMail');
  private server?: SMTPServer;
  port?: number;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tenancy: TenancyRepository,
    private readonly ingest: MessageIngestService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SMTP_LISTEN_PORT === undefined) return;
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      size: MAX_MAIL_BYTES,
      logger: false,
      onRcptTo: (address, session, callback) => void this.acceptRecipient(address, session).then(() => callback(), callback),
      onData: (stream, session, callback) => {
        simpleParser(stream, { skipHtmlToText: false })
          .then((mail) => {
            if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) throw smtpError(552, 'Message too large');
            return this.deliver(mail, session);
          })
          .then(() => callback(), callback);
      },
    });
    this.server.on('error', (e) => this.logger.warn(`SMTP listener: ${e.message}`));
    await new Promise<void>((resolve) => this.server!.listen(this.config.SMTP_LISTEN_PORT, this.config.SMTP_LISTEN_HOST, resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    this.logger.log(`receiving buyer e-mail on ${this.config.SMTP_LISTEN_HOST}:${this.port}`);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** Only stores' inbound addresses receive mail; anything else is refused at RCPT, before the data. */
  private async acceptRecipient(address: SMTPServerAddress, session: SMTPServerSession): Promise<void> {
    const store = await this.tenancy.storeByInboundAddress(address.address);
    if (!store) throw smtpError(550, 'No such mailbox here');
    const recipients = ((session as SMTPServerSession & { recipients?: Recipient[] }).recipients ??= []);
    recipients.push({ organizationId: store.organizationId, storeId: store.id });
  }

  private async deliver(mail: ParsedMail, session: SMTPServerSession): Promise<void> {
    const autoSubmitted = String(mail.headers.get('auto-submitted') ?? 'no').toLowerCase();
    if (autoSubmitted !== 'no') {
      // Out-of-office and other machine replies are not buyer contacts (DOMAIN.md §1.3).
      this.logger.log(`dropped an automatic e-mail (Auto-Submitted: ${autoSubmitted})`);
      return;
    }
    const from = firstAddress(mail.replyTo) ?? firstAddress(mail.from);
    if (!from?.address) throw smtpError(550, 'A buyer e-mail needs a From address');
    const body = (mail.text ?? '').trim() || '(no text)';
    const receivedAt = mail.date && mail.date.getTime() <= Date.now() ? mail.date : new Date();
    // A mail without a Message-ID is keyed by its content, so its redelivery is still recognised.
    const externalId = mail.messageId ?? `<sha256:${createHash('sha256').update(`${from.address}\n${mail.subject}\n${body}`).digest('hex')}>`;
    const message: InboundMessage = {
      externalId,
      from: { address: from.address, name: from.name || null },
      subject: mail.subject ?? '',
      body,
      receivedAt,
      attachments: mail.attachments.map((a) => ({ filename: a.filename ?? 'attachment', contentType: a.contentType, sizeBytes: a.size })),
    };
    const recipients = (session as SMTPServerSession & { recipients?: Recipient[] }).recipients ?? [];
    for (const r of recipients) {
      await this.ingest.ingest({ organizationId: r.organizationId, storeId: r.storeId, apiKeyId: 'smtp' }, message);
    }
  }
}

function firstAddress(a: AddressObject | AddressObject[] | undefined): { address?: string; name: string } | undefined {
  const list = Array.isArray(a) ? a : a ? [a] : [];
  return list.flatMap((x) => x.value)[0];
}

function smtpError(responseCode: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode });
}
