import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EbayData1796284989713 implements MigrationInterface {
  name = 'EbayData1796284989713';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "ebay_feedback" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "feedback_id" text NOT NULL, "transaction_id" text, "buyer_key" text NOT NULL, "rating" text NOT NULL, "comment" text, "transaction_ended_at" TIMESTAMP WITH TIME ZONE NOT NULL, "left_at" TIMESTAMP WITH TIME ZONE NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ebay_feedback_rating_check" CHECK ("rating" IN ('POSITIVE', 'NEUTRAL', 'NEGATIVE')), CONSTRAINT "PK_d8200f22782f796e1bf295b3893" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE UNIQUE INDEX "ebay_feedback_store_feedback_key" ON "ebay_feedback"  ("organization_id", "store_id", "feedback_id") `);
    await q.query(`CREATE TABLE "ebay_transactions" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "transaction_id" text NOT NULL, "marketplace_order_id" text, "buyer_key" text NOT NULL, "transacted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "cancellation" text, "case_outcome" text, "case_closed_at" TIMESTAMP WITH TIME ZONE, "handling_due_at" TIMESTAMP WITH TIME ZONE, "acceptance_scan_at" TIMESTAMP WITH TIME ZONE, "estimated_delivery_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "tracking_uploaded_at" TIMESTAMP WITH TIME ZONE, "tracking_validated" boolean NOT NULL DEFAULT false, "buyer_confirmed_late_delivery" boolean NOT NULL DEFAULT false, "us_buyer" boolean NOT NULL DEFAULT true, "amount_usd" numeric(14,2) NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ebay_transactions_case_outcome_check" CHECK ("case_outcome" IS NULL OR "case_outcome" IN ('OPEN', 'CLOSED_WITHOUT_SELLER_RESOLUTION', 'CLOSED_FOR_SELLER', 'NO_FAULT', 'RESOLVED_BY_SELLER')), CONSTRAINT "ebay_transactions_cancellation_check" CHECK ("cancellation" IS NULL OR "cancellation" IN ('SELLER_OUT_OF_STOCK', 'SELLER_CHOSE_NOT_TO_SEND', 'BUYER_REQUESTED')), CONSTRAINT "PK_c47a98bc568b38b6d40f3eefc5a" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "ebay_transactions_store_transacted_idx" ON "ebay_transactions"  ("organization_id", "store_id", "transacted_at") `);
    await q.query(`CREATE UNIQUE INDEX "ebay_transactions_store_transaction_key" ON "ebay_transactions"  ("organization_id", "store_id", "transaction_id") `);
    await q.query(`ALTER TABLE "ebay_feedback" ADD CONSTRAINT "ebay_feedback_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "ebay_transactions" ADD CONSTRAINT "ebay_transactions_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "ebay_transactions" DROP CONSTRAINT "ebay_transactions_store_fkey"`);
    await q.query(`ALTER TABLE "ebay_feedback" DROP CONSTRAINT "ebay_feedback_store_fkey"`);
    await q.query(`DROP INDEX "public"."ebay_transactions_store_transaction_key"`);
    await q.query(`DROP INDEX "public"."ebay_transactions_store_transacted_idx"`);
    await q.query(`DROP TABLE "ebay_transactions"`);
    await q.query(`DROP INDEX "public"."ebay_feedback_store_feedback_key"`);
    await q.query(`DROP TABLE "ebay_feedback"`);
  }
}
