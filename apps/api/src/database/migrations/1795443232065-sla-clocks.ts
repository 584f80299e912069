import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SlaClocks1795443232065 implements MigrationInterface {
  name = 'SlaClocks1795443232065';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "business_calendars" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "store_id" uuid, "calendar" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_67bd06d682a8b38df64c752a822" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "business_calendars_store_idx" ON "business_calendars"  ("organization_id", "store_id") `);
    await q.query(`CREATE TABLE "sla_clocks" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "message_id" uuid, "kind" text NOT NULL, "status" text NOT NULL DEFAULT 'RUNNING', "policy_id" uuid, "hours" text NOT NULL, "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "warn_at" TIMESTAMP(3) WITH TIME ZONE, "warned_at" TIMESTAMP WITH TIME ZONE, "met_at" TIMESTAMP WITH TIME ZONE, "breached_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "paused_at" TIMESTAMP WITH TIME ZONE, "paused_ms" bigint NOT NULL DEFAULT '0', "escalation_level" smallint NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sla_clocks_hours_check" CHECK ("hours" IN ('CALENDAR', 'BUSINESS')), CONSTRAINT "sla_clocks_kind_check" CHECK ("kind" IN ('FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION', 'A_TO_Z_INFORMATION_REQUEST', 'CHARGEBACK_RESPONSE', 'RETURN_REQUEST_RESPONSE')), CONSTRAINT "sla_clocks_status_check" CHECK ("status" IN ('RUNNING', 'PAUSED', 'MET', 'BREACHED', 'CANCELLED')), CONSTRAINT "PK_2f1559759889d8c4852214162d4" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "sla_clocks_pending_warning_idx" ON "sla_clocks"  ("warn_at") WHERE "status" = 'RUNNING' AND "warned_at" IS NULL AND "warn_at" IS NOT NULL`);
    await q.query(`CREATE INDEX "sla_clocks_running_due_idx" ON "sla_clocks"  ("due_at") WHERE "status" = 'RUNNING'`);
    await q.query(`CREATE INDEX "sla_clocks_ticket_idx" ON "sla_clocks"  ("organization_id", "ticket_id", "status") `);
    await q.query(`CREATE TABLE "sla_events" ("organization_id" uuid NOT NULL, "id" BIGSERIAL NOT NULL, "clock_id" uuid NOT NULL, "ticket_id" uuid NOT NULL, "type" text NOT NULL, "kind" text NOT NULL, "level" smallint, "scheduled_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "fired_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "sla_events_type_check" CHECK ("type" IN ('WARNING', 'BREACH')), CONSTRAINT "PK_713a694a1eec73cadd301eaa36a" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "sla_events_ticket_idx" ON "sla_events"  ("organization_id", "ticket_id") `);
    await q.query(`CREATE UNIQUE INDEX "sla_events_clock_type_key" ON "sla_events"  ("organization_id", "clock_id", "type") `);
    await q.query(`CREATE TABLE "sla_policies" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "store_id" uuid, "channel" text, "targets" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beef4e67c9f1eee7399049ee910" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "sla_policies_scope_idx" ON "sla_policies"  ("organization_id", "store_id", "channel") `);
    await q.query(`CREATE INDEX "messages_store_inbound_idx" ON "messages"  ("organization_id", "store_id", "sent_at") WHERE "direction" = 'INBOUND'`);
    await q.query(`ALTER TABLE "sla_clocks" ADD CONSTRAINT "sla_clocks_ticket_fkey" FOREIGN KEY ("organization_id", "ticket_id") REFERENCES "tickets"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "sla_clocks" DROP CONSTRAINT "sla_clocks_ticket_fkey"`);
    await q.query(`DROP INDEX "public"."messages_store_inbound_idx"`);
    await q.query(`DROP INDEX "public"."sla_policies_scope_idx"`);
    await q.query(`DROP TABLE "sla_policies"`);
    await q.query(`DROP INDEX "public"."sla_events_clock_type_key"`);
    await q.query(`DROP INDEX "public"."sla_events_ticket_idx"`);
    await q.query(`DROP TABLE "sla_events"`);
    await q.query(`DROP INDEX "public"."sla_clocks_ticket_idx"`);
    await q.query(`DROP INDEX "public"."sla_clocks_running_due_idx"`);
    await q.query(`DROP INDEX "public"."sla_clocks_pending_warning_idx"`);
    await q.query(`DROP TABLE "sla_clocks"`);
    await q.query(`DROP INDEX "public"."business_calendars_store_idx"`);
    await q.query(`DROP TABLE "business_calendars"`);
  }
}
