import { Module } from '@nestjs/common';
import { MailOutboxRepository } from './mail-outbox.repository';

/** Outbound e-mail queue of the channel layer, drained by the SMTP sender (reply-delivery.service.ts). */
@Module({ providers: [MailOutboxRepository], exports: [MailOutboxRepository] })
export class MailOutboxModule {}
