import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReplyDelivery1795441971485 implements MigrationInterface {
  name = 'ReplyDelivery1795441971485';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "messages" ADD "delivery_attempts" integer NOT NULL DEFAULT '0'`);
    await q.query(`ALTER TABLE "messages" ADD "next_delivery_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "messages" ADD "delivered_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "messages" ADD "delivery_error" text`);
    await q.query(`CREATE INDEX "messages_outgoing_idx" ON "messages"  ("next_delivery_at") WHERE "delivery_status" IN ('QUEUED', 'SENDING')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."messages_outgoing_idx"`);
    await q.query(`ALTER TABLE "messages" DROP COLUMN "delivery_error"`);
    await q.query(`ALTER TABLE "messages" DROP COLUMN "delivered_at"`);
    await q.query(`ALTER TABLE "messages" DROP COLUMN "next_delivery_at"`);
    await q.query(`ALTER TABLE "messages" DROP COLUMN "delivery_attempts"`);
  }
}
