import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StoreInboundAddress1795442176143 implements MigrationInterface {
  name = 'StoreInboundAddress1795442176143';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "stores" ADD "inbound_address" text`);
    await q.query(`CREATE UNIQUE INDEX "stores_inbound_address_key" ON "stores"  ("inbound_address") WHERE "inbound_address" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."stores_inbound_address_key"`);
    await q.query(`ALTER TABLE "stores" DROP COLUMN "inbound_address"`);
  }
}
