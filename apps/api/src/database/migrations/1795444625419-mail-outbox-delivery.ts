import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutboxDelivery1795444625419 implements MigrationInterface {
  name = 'MailOutboxDelivery1795444625419';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "mail_outbox" ADD "attempts" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "mail_outbox" ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "mail_outbox" ADD "failed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "mail_outbox" ADD "last_error" text`);
    await q.query(`CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox"  ("next_attempt_at") WHERE "sent_at" IS NULL AND "failed_at" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."mail_outbox_due_idx"`);
    await q.query(`ALTER TABLE "mail_outbox" DROP COLUMN "last_error"`);
    await q.query(`ALTER TABLE "mail_outbox" DROP COLUMN "failed_at"`);
    await q.query(`ALTER TABLE "mail_outbox" DROP COLUMN "next_attempt_at"`);
    await q.query(`ALTER TABLE "mail_outbox" DROP COLUMN "attempts"`);
  }
}
