import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HealthThresholdSettings1796284301928 implements MigrationInterface {
  name = 'HealthThresholdSettings1796284301928';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "health_threshold_settings" ("organization_id" uuid NOT NULL, "store_id" uuid NOT NULL, "overrides" jsonb NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_047f5a53b7ec85dac52db13b3b7" PRIMARY KEY ("organization_id", "store_id"))`);
    await q.query(`ALTER TABLE "health_threshold_settings" ADD CONSTRAINT "health_threshold_settings_store_fkey" FOREIGN KEY ("organization_id", "store_id") REFERENCES "stores"("organization_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "health_threshold_settings" DROP CONSTRAINT "health_threshold_settings_store_fkey"`);
    await q.query(`DROP TABLE "health_threshold_settings"`);
  }
}
