import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Tickets1795440569764 implements MigrationInterface {
  name = 'Tickets1795440569764';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "messages" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "store_id" uuid NOT NULL, "direction" text NOT NULL, "external_id" text, "from_address" text, "from_name" text, "subject" text NOT NULL, "body" text NOT NULL, "language" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "author_id" uuid, "template_id" uuid, "no_response_needed" boolean NOT NULL DEFAULT false, "is_auto_reply" boolean NOT NULL DEFAULT false, "delivery_status" text, "attachments" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "messages_direction_check" CHECK ("direction" IN ('INBOUND', 'OUTBOUND')), CONSTRAINT "PK_412533f0b3054503c9c0f0c6bcf" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "messages_ticket_idx" ON "messages"  ("organization_id", "ticket_id", "created_at") `);
    await q.query(`CREATE UNIQUE INDEX "messages_external_id_key" ON "messages"  ("organization_id", "store_id", "external_id") WHERE "external_id" IS NOT NULL`);
    await q.query(`CREATE TABLE "ticket_notes" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "ticket_id" uuid NOT NULL, "author_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a4ce66ae5fd4fe4ca744e02b245" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "ticket_notes_ticket_idx" ON "ticket_notes"  ("organization_id", "ticket_id", "created_at") `);
    await q.query(`CREATE TABLE "queues" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "store_id" uuid, "language" text, "is_fallback" boolean NOT NULL DEFAULT false, "is_supervisor_queue" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e7d5a25c08b7b670bddc1c598aa" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE UNIQUE INDEX "queues_organization_name_key" ON "queues"  ("organization_id", "name") `);
    await q.query(`CREATE TABLE "routing_rules" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "priority" integer NOT NULL, "conditions" jsonb NOT NULL, "queue_id" uuid NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d888d40f5b257d04e7e0377acd" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE TABLE "reply_templates" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "category" text NOT NULL DEFAULT 'GENERAL', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_90ffbafaefaf5d026b952c367a4" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE TABLE "reply_template_translations" ("organization_id" uuid NOT NULL, "template_id" uuid NOT NULL, "language" text NOT NULL, "subject" text NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_bf46ab440b8ea9d95f402fca3bb" PRIMARY KEY ("organization_id", "template_id", "language"))`);
    await q.query(`CREATE TABLE "tickets" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "store_id" uuid NOT NULL, "channel" text NOT NULL, "subject" text NOT NULL, "language" text NOT NULL, "language_source" text NOT NULL, "status" text NOT NULL DEFAULT 'NEW', "priority" text NOT NULL DEFAULT 'NORMAL', "priority_rank" smallint NOT NULL DEFAULT '20', "due_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT '9999-12-31 00:00:00+00', "queue_id" uuid NOT NULL, "assignee_id" uuid, "marketplace_order_id" text, "buyer_address" text NOT NULL, "buyer_name" text, "merged_into_id" uuid, "last_message_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "tickets_channel_check" CHECK ("channel" IN ('BUYER_MESSAGE', 'A_TO_Z_CLAIM', 'CHARGEBACK', 'NEGATIVE_FEEDBACK', 'RETURN_REQUEST', 'ACCOUNT_HEALTH_NOTICE')), CONSTRAINT "tickets_priority_check" CHECK ("priority" IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')), CONSTRAINT "tickets_status_check" CHECK ("status" IN ('NEW', 'OPEN', 'WAITING_ON_BUYER', 'RESOLVED', 'CLOSED')), CONSTRAINT "PK_94504e3f8ea90be0d5292353b82" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "tickets_order_idx" ON "tickets"  ("organization_id", "marketplace_order_id") `);
    await q.query(`CREATE INDEX "tickets_buyer_idx" ON "tickets"  ("organization_id", "store_id", "buyer_address", "status") `);
    await q.query(`CREATE INDEX "tickets_assignee_idx" ON "tickets"  ("organization_id", "assignee_id", "status") `);
    await q.query(`CREATE INDEX "tickets_urgency_idx" ON "tickets"  ("organization_id", "priority_rank", "due_at", "created_at", "id") `);
    await q.query(`CREATE INDEX "tickets_open_queue_urgency_idx" ON "tickets"  ("organization_id", "queue_id", "priority_rank", "due_at", "created_at", "id") WHERE "status" IN ('NEW', 'OPEN', 'WAITING_ON_BUYER')`);
    await q.query(`CREATE TABLE "ticket_timeline" ("organization_id" uuid NOT NULL, "id" BIGSERIAL NOT NULL, "ticket_id" uuid NOT NULL, "type" text NOT NULL, "actor_type" text NOT NULL, "actor_id" uuid, "data" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d4b9ab063d08f4846b22289c3c" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE INDEX "ticket_timeline_ticket_idx" ON "ticket_timeline"  ("organization_id", "ticket_id", "id") `);
    await q.query(`ALTER TABLE "users" ADD "availability" text NOT NULL DEFAULT 'AWAY'`);
    await q.query(`ALTER TABLE "users" ADD "max_open_tickets" integer NOT NULL DEFAULT '20'`);
    await q.query(`ALTER TABLE "users" ADD "last_assigned_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "users" ADD CONSTRAINT "users_availability_check" CHECK ("availability" IN ('ONLINE', 'AWAY'))`);
    await q.query(`ALTER TABLE "queues" ADD CONSTRAINT "queues_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "tickets" ADD CONSTRAINT "tickets_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "tickets" DROP CONSTRAINT "tickets_store_fkey"`);
    await q.query(`ALTER TABLE "queues" DROP CONSTRAINT "queues_organization_id_fkey"`);
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "users_availability_check"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "last_assigned_at"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "max_open_tickets"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "availability"`);
    await q.query(`DROP INDEX "public"."ticket_timeline_ticket_idx"`);
    await q.query(`DROP TABLE "ticket_timeline"`);
    await q.query(`DROP INDEX "public"."tickets_open_queue_urgency_idx"`);
    await q.query(`DROP INDEX "public"."tickets_urgency_idx"`);
    await q.query(`DROP INDEX "public"."tickets_assignee_idx"`);
    await q.query(`DROP INDEX "public"."tickets_buyer_idx"`);
    await q.query(`DROP INDEX "public"."tickets_order_idx"`);
    await q.query(`DROP TABLE "tickets"`);
    await q.query(`DROP TABLE "reply_template_translations"`);
    await q.query(`DROP TABLE "reply_templates"`);
    await q.query(`DROP TABLE "routing_rules"`);
    await q.query(`DROP INDEX "public"."queues_organization_name_key"`);
    await q.query(`DROP TABLE "queues"`);
    await q.query(`DROP INDEX "public"."ticket_notes_ticket_idx"`);
    await q.query(`DROP TABLE "ticket_notes"`);
    await q.query(`DROP INDEX "public"."messages_external_id_key"`);
    await q.query(`DROP INDEX "public"."messages_ticket_idx"`);
    await q.query(`DROP TABLE "messages"`);
  }
}
