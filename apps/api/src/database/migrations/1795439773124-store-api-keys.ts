import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StoreApiKeys1795439773124 implements MigrationInterface {
  name = 'StoreApiKeys1795439773124';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "store_api_keys" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "name" text NOT NULL, "key_prefix" text NOT NULL, "key_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_dea8f0a3b612df00fceef10e63c" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "store_api_keys_store_idx" ON "store_api_keys"  ("organization_id", "store_id") `);
    await q.query(`CREATE UNIQUE INDEX "store_api_keys_key_hash_key" ON "store_api_keys"  ("key_hash") `);
    await q.query(`ALTER TABLE "store_api_keys" ADD CONSTRAINT "store_api_keys_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "store_api_keys" DROP CONSTRAINT "store_api_keys_store_fkey"`);
    await q.query(`DROP INDEX "public"."store_api_keys_key_hash_key"`);
    await q.query(`DROP INDEX "public"."store_api_keys_store_idx"`);
    await q.query(`DROP TABLE "store_api_keys"`);
  }
}
