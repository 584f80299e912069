import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountHealth1795440207702 implements MigrationInterface {
  name = 'AccountHealth1795440207702';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "mail_outbox" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "to" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8becbc46a87769168273e443d03" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "mail_outbox_unsent_idx" ON "mail_outbox"  ("organization_id", "created_at") WHERE "sent_at" IS NULL`);
    await q.query(`CREATE TABLE "report_imports" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "report_type" text NOT NULL, "content_sha256" text NOT NULL, "byte_count" bigint NOT NULL, "rows" integer NOT NULL, "created" integer NOT NULL, "updated" integer NOT NULL, "unchanged" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_499529b600cbaa4a8c06aab2d17" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE UNIQUE INDEX "report_imports_store_type_content_key" ON "report_imports"  ("organization_id", "store_id", "report_type", "content_sha256") `);
    await q.query(`CREATE TABLE "claims" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "kind" text NOT NULL, "marketplace_claim_id" text NOT NULL, "marketplace_order_id" text NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "amount" numeric(14,2), "currency" text, "status" text NOT NULL, "decision" text, "decided_at" TIMESTAMP WITH TIME ZONE, "funded_by" text, "chargeback_type" text, "buy_shipping_protected" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "claims_chargeback_type_check" CHECK ("chargeback_type" IS NULL OR "chargeback_type" IN ('SERVICE', 'FRAUD')), CONSTRAINT "claims_funded_by_check" CHECK ("funded_by" IS NULL OR "funded_by" IN ('SELLER', 'AMAZON')), CONSTRAINT "claims_decision_check" CHECK ("decision" IS NULL OR "decision" IN ('GRANTED', 'REFUNDED_BY_SELLER', 'ORDER_CANCELLED', 'DECIDED_FOR_SELLER', 'WITHDRAWN')), CONSTRAINT "claims_status_check" CHECK ("status" IN ('OPEN', 'CLOSED')), CONSTRAINT "claims_kind_check" CHECK ("kind" IN ('A_TO_Z', 'CHARGEBACK')), CONSTRAINT "PK_73f78e31bafe72e876a4746a288" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "claims_store_order_idx" ON "claims"  ("organization_id", "store_id", "marketplace_order_id") `);
    await q.query(`CREATE UNIQUE INDEX "claims_store_kind_marketplace_claim_key" ON "claims"  ("organization_id", "store_id", "kind", "marketplace_claim_id") `);
    await q.query(`CREATE TABLE "seller_feedback" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "marketplace_order_id" text NOT NULL, "rating" smallint NOT NULL, "comment" text, "left_at" TIMESTAMP WITH TIME ZONE NOT NULL, "removed_at" TIMESTAMP WITH TIME ZONE, "struck_through" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "seller_feedback_rating_check" CHECK ("rating" BETWEEN 1 AND 5), CONSTRAINT "PK_0e2c804aa8e473f5b7862fc27b7" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE UNIQUE INDEX "seller_feedback_store_order_key" ON "seller_feedback"  ("organization_id", "store_id", "marketplace_order_id") `);
    await q.query(`CREATE TABLE "account_status_notices" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "notice_key" text NOT NULL, "marketplace_id" text, "status" text NOT NULL, "previous_status" text, "source" text NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_71a9020d1111a9fce4228644b2e" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "account_status_notices_store_received_idx" ON "account_status_notices"  ("organization_id", "store_id", "received_at") `);
    await q.query(`CREATE UNIQUE INDEX "account_status_notices_store_key" ON "account_status_notices"  ("organization_id", "store_id", "notice_key") `);
    await q.query(`CREATE TABLE "amazon_performance_reports" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "content_sha256" text NOT NULL, "figures" jsonb NOT NULL, "ahr_score" integer, "ahr_status" text, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df6e870e19d0f91973563f3a239" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "amazon_performance_reports_store_imported_idx" ON "amazon_performance_reports"  ("organization_id", "store_id", "imported_at") `);
    await q.query(`CREATE UNIQUE INDEX "amazon_performance_reports_store_content_key" ON "amazon_performance_reports"  ("organization_id", "store_id", "content_sha256") `);
    await q.query(`CREATE TABLE "health_alerts" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "metric_key" text NOT NULL, "fulfillment_channel" text NOT NULL, "level" text NOT NULL, "previous_status" text NOT NULL, "value" double precision, "numerator" integer NOT NULL, "denominator" integer NOT NULL, "line" double precision, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "health_alerts_level_check" CHECK ("level" IN ('WARNING', 'BREACH')), CONSTRAINT "PK_6e1b5e19e0fed56bf17ddaf1b04" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "health_alerts_store_created_idx" ON "health_alerts"  ("organization_id", "store_id", "created_at", "id") `);
    await q.query(`CREATE TABLE "health_metric_states" ("organization_id" uuid NOT NULL, "store_id" uuid NOT NULL, "metric_key" text NOT NULL, "fulfillment_channel" text NOT NULL, "value" double precision, "numerator" integer NOT NULL, "denominator" integer NOT NULL, "status" text NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_26e5a5303cc25ec019e210ac044" PRIMARY KEY ("organization_id", "store_id", "metric_key", "fulfillment_channel"))`);
    await q.query(`CREATE TABLE "health_snapshots" ("organization_id" uuid NOT NULL, "store_id" uuid NOT NULL, "metric_key" text NOT NULL, "fulfillment_channel" text NOT NULL, "day" date NOT NULL, "value" double precision, "numerator" integer NOT NULL, "denominator" integer NOT NULL, "status" text NOT NULL, "warning_at" double precision, "red_line" double precision, "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_162e52d0be16cf5781ae6477c33" PRIMARY KEY ("organization_id", "store_id", "metric_key", "fulfillment_channel", "day"))`);
    await q.query(`CREATE TABLE "order_day_counts" ("organization_id" uuid NOT NULL, "store_id" uuid NOT NULL, "day" date NOT NULL, "fulfillment_channel" text NOT NULL, "orders" integer NOT NULL DEFAULT '0', CONSTRAINT "order_day_counts_fulfillment_channel_check" CHECK ("fulfillment_channel" IN ('MFN', 'AFN')), CONSTRAINT "PK_781144cee0834060b5d0c53556a" PRIMARY KEY ("organization_id", "store_id", "day", "fulfillment_channel"))`);
    await q.query(`CREATE TABLE "orders" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "marketplace_order_id" text NOT NULL, "purchased_at" TIMESTAMP WITH TIME ZONE NOT NULL, "fulfillment_channel" text NOT NULL, "latest_ship_date" TIMESTAMP WITH TIME ZONE, "ship_confirmed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancelled_by" text, "promised_delivery_at" TIMESTAMP WITH TIME ZONE, "delivered_at" TIMESTAMP WITH TIME ZONE, "has_valid_tracking" boolean NOT NULL DEFAULT false, "items" jsonb NOT NULL DEFAULT '[]', "buyer_name" text, "buyer_email" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "orders_cancelled_by_check" CHECK ("cancelled_by" IS NULL OR "cancelled_by" IN ('SELLER', 'BUYER')), CONSTRAINT "orders_fulfillment_channel_check" CHECK ("fulfillment_channel" IN ('MFN', 'AFN')), CONSTRAINT "PK_680ede542cc27bc3ff33b110c87" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "orders_store_promised_delivery_idx" ON "orders"  ("organization_id", "store_id", "promised_delivery_at") `);
    await q.query(`CREATE INDEX "orders_store_latest_ship_idx" ON "orders"  ("organization_id", "store_id", "latest_ship_date") `);
    await q.query(`CREATE INDEX "orders_store_purchased_idx" ON "orders"  ("organization_id", "store_id", "purchased_at", "fulfillment_channel") `);
    await q.query(`CREATE UNIQUE INDEX "orders_store_marketplace_order_key" ON "orders"  ("organization_id", "store_id", "marketplace_order_id") `);
    await q.query(`CREATE TABLE "return_requests" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "marketplace_return_id" text NOT NULL, "marketplace_order_id" text NOT NULL, "fulfillment_channel" text NOT NULL DEFAULT 'MFN', "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" text, "in_policy" boolean NOT NULL DEFAULT true, "resolution" text, "resolved_at" TIMESTAMP WITH TIME ZONE, "refund_amount" numeric(14,2), "currency" text, "negative_return_feedback" boolean NOT NULL DEFAULT false, "sku" text, "asin" text, "quantity" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "return_requests_fulfillment_channel_check" CHECK ("fulfillment_channel" IN ('MFN', 'AFN')), CONSTRAINT "return_requests_resolution_check" CHECK ("resolution" IS NULL OR "resolution" IN ('AUTHORIZED', 'REFUNDED', 'CLOSED', 'REJECTED')), CONSTRAINT "PK_5609771eb4821dfb1602676d077" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "return_requests_store_requested_idx" ON "return_requests"  ("organization_id", "store_id", "requested_at") `);
    await q.query(`CREATE UNIQUE INDEX "return_requests_store_marketplace_return_key" ON "return_requests"  ("organization_id", "store_id", "marketplace_return_id") `);
    await q.query(`ALTER TABLE "mail_outbox" ADD CONSTRAINT "mail_outbox_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "report_imports" ADD CONSTRAINT "report_imports_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "claims" ADD CONSTRAINT "claims_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "seller_feedback" ADD CONSTRAINT "seller_feedback_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "account_status_notices" ADD CONSTRAINT "account_status_notices_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "amazon_performance_reports" ADD CONSTRAINT "amazon_performance_reports_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "health_alerts" ADD CONSTRAINT "health_alerts_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "health_metric_states" ADD CONSTRAINT "health_metric_states_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "health_snapshots" ADD CONSTRAINT "health_snapshots_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "order_day_counts" ADD CONSTRAINT "order_day_counts_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "orders" ADD CONSTRAINT "orders_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "return_requests" ADD CONSTRAINT "return_requests_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "return_requests" DROP CONSTRAINT "return_requests_store_fkey"`);
    await q.query(`ALTER TABLE "orders" DROP CONSTRAINT "orders_store_fkey"`);
    await q.query(`ALTER TABLE "order_day_counts" DROP CONSTRAINT "order_day_counts_store_fkey"`);
    await q.query(`ALTER TABLE "health_snapshots" DROP CONSTRAINT "health_snapshots_store_fkey"`);
    await q.query(`ALTER TABLE "health_metric_states" DROP CONSTRAINT "health_metric_states_store_fkey"`);
    await q.query(`ALTER TABLE "health_alerts" DROP CONSTRAINT "health_alerts_store_fkey"`);
    await q.query(`ALTER TABLE "amazon_performance_reports" DROP CONSTRAINT "amazon_performance_reports_store_fkey"`);
    await q.query(`ALTER TABLE "account_status_notices" DROP CONSTRAINT "account_status_notices_store_fkey"`);
    await q.query(`ALTER TABLE "seller_feedback" DROP CONSTRAINT "seller_feedback_store_fkey"`);
    await q.query(`ALTER TABLE "claims" DROP CONSTRAINT "claims_store_fkey"`);
    await q.query(`ALTER TABLE "report_imports" DROP CONSTRAINT "report_imports_store_fkey"`);
    await q.query(`ALTER TABLE "mail_outbox" DROP CONSTRAINT "mail_outbox_organization_id_fkey"`);
    await q.query(`DROP INDEX "public"."return_requests_store_marketplace_return_key"`);
    await q.query(`DROP INDEX "public"."return_requests_store_requested_idx"`);
    await q.query(`DROP TABLE "return_requests"`);
    await q.query(`DROP INDEX "public"."orders_store_marketplace_order_key"`);
    await q.query(`DROP INDEX "public"."orders_store_purchased_idx"`);
    await q.query(`DROP INDEX "public"."orders_store_latest_ship_idx"`);
    await q.query(`DROP INDEX "public"."orders_store_promised_delivery_idx"`);
    await q.query(`DROP TABLE "orders"`);
    await q.query(`DROP TABLE "order_day_counts"`);
    await q.query(`DROP TABLE "health_snapshots"`);
    await q.query(`DROP TABLE "health_metric_states"`);
    await q.query(`DROP INDEX "public"."health_alerts_store_created_idx"`);
    await q.query(`DROP TABLE "health_alerts"`);
    await q.query(`DROP INDEX "public"."amazon_performance_reports_store_content_key"`);
    await q.query(`DROP INDEX "public"."amazon_performance_reports_store_imported_idx"`);
    await q.query(`DROP TABLE "amazon_performance_reports"`);
    await q.query(`DROP INDEX "public"."account_status_notices_store_key"`);
    await q.query(`DROP INDEX "public"."account_status_notices_store_received_idx"`);
    await q.query(`DROP TABLE "account_status_notices"`);
    await q.query(`DROP INDEX "public"."seller_feedback_store_order_key"`);
    await q.query(`DROP TABLE "seller_feedback"`);
    await q.query(`DROP INDEX "public"."claims_store_kind_marketplace_claim_key"`);
    await q.query(`DROP INDEX "public"."claims_store_order_idx"`);
    await q.query(`DROP TABLE "claims"`);
    await q.query(`DROP INDEX "public"."report_imports_store_type_content_key"`);
    await q.query(`DROP TABLE "report_imports"`);
    await q.query(`DROP INDEX "public"."mail_outbox_unsent_idx"`);
    await q.query(`DROP TABLE "mail_outbox"`);
  }
}
