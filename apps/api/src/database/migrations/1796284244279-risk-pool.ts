import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RiskPool1796284244279 implements MigrationInterface {
  name = 'RiskPool1796284244279';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "order_risk" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "marketplace_order_id" text NOT NULL, "score" smallint NOT NULL DEFAULT '0', "reasons" jsonb NOT NULL DEFAULT '[]', "next_deadline" TIMESTAMP(3) WITH TIME ZONE, "next_deadline_kind" text, "in_pool" boolean NOT NULL DEFAULT false, "language" text, "order_value_minor" bigint NOT NULL DEFAULT '0', "currency" text, "claimed_by" uuid, "claimed_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "resolution_note" text, "resolved_codes" text array, "rescore_at" TIMESTAMP(3) WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "computed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "order_risk_deadline_kind_check" CHECK ("next_deadline_kind" IS NULL OR "next_deadline_kind" IN ('A_TO_Z_RESPONSE', 'CHARGEBACK_RESPONSE', 'RETURN_RESPONSE', 'BUYER_MESSAGE_RESPONSE', 'SHIP_BY')), CONSTRAINT "order_risk_score_check" CHECK ("score" BETWEEN 0 AND 100), CONSTRAINT "PK_1a6d17b6875732aa8550e1954c8" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "order_risk_rescore_idx" ON "order_risk"  ("rescore_at") WHERE "rescore_at" IS NOT NULL`);
    // The pool order (libs/domain risk/pool-order.ts) needs mixed directions, which the entity cannot declare.
    await q.query(`CREATE INDEX "order_risk_pool_idx" ON "order_risk"  ("organization_id", "score" DESC, "next_deadline" ASC NULLS LAST, "order_value_minor" DESC, "id") WHERE "in_pool"`);
    await q.query(`CREATE UNIQUE INDEX "order_risk_store_order_key" ON "order_risk"  ("organization_id", "store_id", "marketplace_order_id") `);
    await q.query(`CREATE TABLE "risk_settings" ("organization_id" uuid NOT NULL, "settings" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e3f0e9a7bb1ff4346977b5c7e06" PRIMARY KEY ("organization_id"))`);
    await q.query(`CREATE INDEX "return_requests_store_order_idx" ON "return_requests"  ("organization_id", "store_id", "marketplace_order_id") `);
    await q.query(`ALTER TABLE "order_risk" ADD CONSTRAINT "order_risk_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "risk_settings" ADD CONSTRAINT "risk_settings_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "risk_settings" DROP CONSTRAINT "risk_settings_organization_id_fkey"`);
    await q.query(`ALTER TABLE "order_risk" DROP CONSTRAINT "order_risk_store_fkey"`);
    await q.query(`DROP INDEX "public"."return_requests_store_order_idx"`);
    await q.query(`DROP TABLE "risk_settings"`);
    await q.query(`DROP INDEX "public"."order_risk_store_order_key"`);
    await q.query(`DROP INDEX "public"."order_risk_pool_idx"`);
    await q.query(`DROP INDEX "public"."order_risk_rescore_idx"`);
    await q.query(`DROP TABLE "order_risk"`);
  }
}
