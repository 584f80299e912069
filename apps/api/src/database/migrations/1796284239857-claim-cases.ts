import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClaimCases1796284239857 implements MigrationInterface {
  name = 'ClaimCases1796284239857';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "claims" ADD "case_status" text NOT NULL DEFAULT 'OPEN'`);
    await q.query(`ALTER TABLE "claims" ADD "ticket_id" uuid`);
    await q.query(`ALTER TABLE "claims" ADD "respond_by" TIMESTAMP(3) WITH TIME ZONE`);
    await q.query(`ALTER TABLE "claims" ADD "due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT '9999-12-31 00:00:00+00'`);
    await q.query(`ALTER TABLE "claims" ADD "responded_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "claims" ADD "responded_by" uuid`);
    await q.query(`ALTER TABLE "claims" ADD "response_text" text`);
    await q.query(`ALTER TABLE "claims" ADD "appeal_by" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "claims" ADD "appealed_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "claims" ADD "appealed_by" uuid`);
    await q.query(`ALTER TABLE "claims" ADD "appeal_text" text`);
    await q.query(`ALTER TABLE "claims" ADD "decided_by" uuid`);
    await q.query(`ALTER TABLE "claims" ADD "decision_note" text`);
    await q.query(`ALTER TABLE "claims" ADD "history" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`ALTER TABLE "claims" ADD "version" integer NOT NULL DEFAULT '1'`);
    await q.query(`ALTER TABLE "seller_feedback" ADD "ticket_id" uuid`);
    await q.query(`ALTER TABLE "seller_feedback" ADD "removal_status" text`);
    await q.query(`ALTER TABLE "seller_feedback" ADD "removal_reason" text`);
    await q.query(`ALTER TABLE "seller_feedback" ADD "removal_requested_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "seller_feedback" ADD "removal_requested_by" uuid`);
    await q.query(`ALTER TABLE "seller_feedback" ADD "removal_outcome_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "seller_feedback" ADD "removal_outcome_by" uuid`);
    await q.query(`ALTER TABLE "seller_feedback" ADD "version" integer NOT NULL DEFAULT '1'`);
    // Claims already stored become cases with DOMAIN.md's default deadlines (48 h / 7 days, appeal 30 days).
    await q.query(`UPDATE "claims" SET "respond_by" = "opened_at" + CASE WHEN "kind" = 'A_TO_Z' THEN interval '48 hours' ELSE interval '7 days' END`);
    await q.query(`ALTER TABLE "claims" ALTER COLUMN "respond_by" SET NOT NULL`);
    await q.query(
      `UPDATE "claims" SET "case_status" = CASE WHEN "status" = 'CLOSED' THEN 'DECIDED' ELSE 'OPEN' END,
              "appeal_by" = CASE WHEN "status" = 'CLOSED' AND "kind" = 'A_TO_Z' AND "decided_at" IS NOT NULL
                                  AND ("decision" IN ('GRANTED', 'REFUNDED_BY_SELLER', 'ORDER_CANCELLED') AND "funded_by" IS DISTINCT FROM 'AMAZON')
                                 THEN "decided_at" + interval '30 days' END`,
    );
    await q.query(`UPDATE "claims" SET "due_at" = CASE WHEN "case_status" = 'OPEN' THEN "respond_by" WHEN "appeal_by" > now() THEN "appeal_by" ELSE '9999-12-31 00:00:00+00' END`);
    await q.query(`CREATE INDEX "claims_ticket_idx" ON "claims"  ("organization_id", "ticket_id") `);
    await q.query(`CREATE INDEX "claims_board_idx" ON "claims"  ("organization_id", "due_at", "id") `);
    await q.query(`CREATE INDEX "seller_feedback_ticket_idx" ON "seller_feedback"  ("organization_id", "ticket_id") `);
    await q.query(`ALTER TABLE "claims" ADD CONSTRAINT "claims_case_status_check" CHECK ("case_status" IN ('OPEN', 'RESPONDED', 'APPEALED', 'DECIDED'))`);
    await q.query(`ALTER TABLE "seller_feedback" ADD CONSTRAINT "seller_feedback_removal_status_check" CHECK ("removal_status" IS NULL OR "removal_status" IN ('REQUESTED', 'REMOVED', 'STRUCK_THROUGH', 'DENIED', 'BUYER_REMOVED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "seller_feedback" DROP CONSTRAINT "seller_feedback_removal_status_check"`);
    await q.query(`ALTER TABLE "claims" DROP CONSTRAINT "claims_case_status_check"`);
    await q.query(`DROP INDEX "public"."seller_feedback_ticket_idx"`);
    await q.query(`DROP INDEX "public"."claims_board_idx"`);
    await q.query(`DROP INDEX "public"."claims_ticket_idx"`);
    await q.query(`ALTER TABLE "seller_feedback" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "seller_feedback" DROP COLUMN "removal_outcome_by"`);
    await q.query(`ALTER TABLE "seller_feedback" DROP COLUMN "removal_outcome_at"`);
    await q.query(`ALTER TABLE "seller_feedback" DROP COLUMN "removal_requested_by"`);
    await q.query(`ALTER TABLE "seller_feedback" DROP COLUMN "removal_requested_at"`);
    await q.query(`ALTER TABLE "seller_feedback" DROP COLUMN "removal_reason"`);
    await q.query(`ALTER TABLE "seller_feedback" DROP COLUMN "removal_status"`);
    await q.query(`ALTER TABLE "seller_feedback" DROP COLUMN "ticket_id"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "version"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "history"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "decision_note"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "decided_by"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "appeal_text"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "appealed_by"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "appealed_at"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "appeal_by"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "response_text"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "responded_by"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "responded_at"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "due_at"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "respond_by"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "ticket_id"`);
    await q.query(`ALTER TABLE "claims" DROP COLUMN "case_status"`);
  }
}
