import { Module } from '@nestjs/common';
import { MailOutboxRepository } from './mail-outbox.repository';

/** Outbound e-mail queue of the channel layer; the SMTP sender that drains it comes with the e-mail issue. */
@Module({ providers: [MailOutboxRepository], exports: [MailOutboxRepository] })
export class MailOutboxModule {}
