import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BuyerDataRetention1796284091242 implements MigrationInterface {
  name = 'BuyerDataRetention1796284091242';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tickets" ADD "pii_purged_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "orders" ADD "pii_purged_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`CREATE INDEX "tickets_pii_pending_idx" ON "tickets"  ("last_message_at") WHERE "pii_purged_at" IS NULL AND "status" IN ('RESOLVED', 'CLOSED')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."tickets_pii_pending_idx"`);
    await q.query(`ALTER TABLE "orders" DROP COLUMN "pii_purged_at"`);
    await q.query(`ALTER TABLE "tickets" DROP COLUMN "pii_purged_at"`);
  }
}
