import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompensationActions1796283761589 implements MigrationInterface {
  name = 'CompensationActions1796283761589';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "compensation_actions" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "marketplace_order_id" text, "kind" text NOT NULL, "amount_minor" bigint, "shipping_minor" bigint, "percent" numeric(5,2), "order_value_minor" bigint, "cost_minor" bigint NOT NULL, "currency" text NOT NULL, "reason" text NOT NULL, "state" text NOT NULL, "requested_by" uuid NOT NULL, "requested_role" text NOT NULL, "approval_due_at" TIMESTAMP(3) WITH TIME ZONE, "reviewed_by" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "review_reason" text, "executed_by" uuid, "executed_at" TIMESTAMP WITH TIME ZONE, "execution_reference" text, "failure_reason" text, "outcome" text, "outcome_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "compensation_actions_outcome_check" CHECK ("outcome" IS NULL OR "outcome" IN ('FEEDBACK_REMOVED', 'FEEDBACK_REVISED', 'CLAIM_WITHDRAWN', 'RETURN_AVOIDED', 'BUYER_SATISFIED', 'NO_EFFECT')), CONSTRAINT "compensation_actions_cost_check" CHECK ("cost_minor" >= 0), CONSTRAINT "compensation_actions_state_check" CHECK ("state" IN ('REQUESTED', 'APPROVED', 'REJECTED', 'EXECUTED', 'FAILED')), CONSTRAINT "compensation_actions_kind_check" CHECK ("kind" IN ('PARTIAL_REFUND', 'FULL_REFUND', 'RESHIPMENT', 'REPLACEMENT', 'COUPON', 'PREPAID_RETURN_LABEL')), CONSTRAINT "PK_0110d4f1a3ac73c648dd7adf4dd" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "compensation_actions_order_idx" ON "compensation_actions"  ("organization_id", "store_id", "marketplace_order_id") `);
    await q.query(`CREATE INDEX "compensation_actions_ticket_idx" ON "compensation_actions"  ("organization_id", "ticket_id", "created_at") `);
    await q.query(`CREATE INDEX "compensation_actions_waiting_idx" ON "compensation_actions"  ("organization_id", "approval_due_at", "id") WHERE "state" = 'REQUESTED'`);
    await q.query(`ALTER TABLE "compensation_actions" ADD CONSTRAINT "compensation_actions_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "compensation_actions" ADD CONSTRAINT "compensation_actions_ticket_fkey" FOREIGN KEY ("organization_id", "ticket_id") REFERENCES "tickets"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "compensation_actions" DROP CONSTRAINT "compensation_actions_ticket_fkey"`);
    await q.query(`ALTER TABLE "compensation_actions" DROP CONSTRAINT "compensation_actions_store_fkey"`);
    await q.query(`DROP INDEX "public"."compensation_actions_waiting_idx"`);
    await q.query(`DROP INDEX "public"."compensation_actions_ticket_idx"`);
    await q.query(`DROP INDEX "public"."compensation_actions_order_idx"`);
    await q.query(`DROP TABLE "compensation_actions"`);
  }
}
