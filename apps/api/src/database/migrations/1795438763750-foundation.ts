import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795438763750 implements MigrationInterface {
  name = 'Foundation1795438763750';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "users" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "is_active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "users_role_check" CHECK ("role" IN ('AGENT', 'SUPERVISOR', 'ADMIN')), CONSTRAINT "PK_d44e049baf1987168ad1b16c945" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    await q.query(`CREATE TABLE "sessions" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e7f3310d1b2a62f646d3abb76c4" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE UNIQUE INDEX "sessions_token_hash_key" ON "sessions"  ("token_hash") `);
    await q.query(`CREATE TABLE "outbox_events" ("id" BIGSERIAL NOT NULL, "organization_id" uuid NOT NULL, "type" text NOT NULL, "room" text, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "relayed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "outbox_events_unrelayed_idx" ON "outbox_events"  ("id") WHERE "relayed_at" IS NULL`);
    await q.query(`CREATE INDEX "outbox_events_organization_id_idx" ON "outbox_events"  ("organization_id", "id") `);
    await q.query(`CREATE TABLE "stores" ("organization_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "marketplace" text NOT NULL, "region" text NOT NULL, "marketplace_id" text NOT NULL, "time_zone" text NOT NULL, "default_language" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "stores_marketplace_check" CHECK ("marketplace" IN ('AMAZON', 'EBAY', 'ALIEXPRESS')), CONSTRAINT "PK_7046a6dfb4f1fdc790ffe370019" PRIMARY KEY ("organization_id", "id"))`);
    await q.query(`CREATE UNIQUE INDEX "stores_organization_name_key" ON "stores"  ("organization_id", "name") `);
    await q.query(`ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_fkey" FOREIGN KEY ("organization_id", "user_id") REFERENCES "users"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "stores" ADD CONSTRAINT "stores_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // NOTIFY is delivered at commit, so relays wake exactly when an event becomes visible (ARCHITECTURE.md "Realtime").
    await q.query(`CREATE FUNCTION "outbox_events_notify"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('lifeline_outbox', NEW.id::text); RETURN NEW; END $$`);
    await q.query(`CREATE TRIGGER "outbox_events_notify" AFTER INSERT ON "outbox_events" FOR EACH ROW EXECUTE FUNCTION "outbox_events_notify"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "outbox_events_notify" ON "outbox_events"`);
    await q.query(`DROP FUNCTION "outbox_events_notify"()`);
    await q.query(`ALTER TABLE "stores" DROP CONSTRAINT "stores_organization_id_fkey"`);
    await q.query(`ALTER TABLE "sessions" DROP CONSTRAINT "sessions_user_fkey"`);
    await q.query(`ALTER TABLE "users" DROP CONSTRAINT "users_organization_id_fkey"`);
    await q.query(`DROP INDEX "public"."stores_organization_name_key"`);
    await q.query(`DROP TABLE "stores"`);
    await q.query(`DROP INDEX "public"."outbox_events_organization_id_idx"`);
    await q.query(`DROP INDEX "public"."outbox_events_unrelayed_idx"`);
    await q.query(`DROP TABLE "outbox_events"`);
    await q.query(`DROP INDEX "public"."sessions_token_hash_key"`);
    await q.query(`DROP TABLE "sessions"`);
    await q.query(`DROP INDEX "public"."users_email_key"`);
    await q.query(`DROP TABLE "users"`);
    await q.query(`DROP TABLE "organizations"`);
  }
}
