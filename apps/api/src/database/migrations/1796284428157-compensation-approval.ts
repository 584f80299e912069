import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CompensationApproval1796284428157 implements MigrationInterface {
  name = 'CompensationApproval1796284428157';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "compensation_settings" ("organization_id" uuid NOT NULL, "limits" jsonb NOT NULL, "approval_minutes" integer NOT NULL, "updated_by" uuid, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6096bc1e19942b274ca1be048a2" PRIMARY KEY ("organization_id"))`);
    await q.query(`ALTER TABLE "compensation_actions" ADD "approval_clock_id" uuid`);
    // The compensation approval clock (its target comes from compensation_settings, not an SLA policy).
    await q.query(`ALTER TABLE "sla_clocks" DROP CONSTRAINT "sla_clocks_kind_check"`);
    await q.query(`ALTER TABLE "sla_clocks" ADD CONSTRAINT "sla_clocks_kind_check" CHECK ("kind" IN ('FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION', 'A_TO_Z_INFORMATION_REQUEST', 'CHARGEBACK_RESPONSE', 'RETURN_REQUEST_RESPONSE', 'COMPENSATION_APPROVAL'))`);
    await q.query(`ALTER TABLE "compensation_settings" ADD CONSTRAINT "compensation_settings_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "compensation_settings" DROP CONSTRAINT "compensation_settings_organization_id_fkey"`);
    await q.query(`ALTER TABLE "compensation_actions" DROP COLUMN "approval_clock_id"`);
    await q.query(`DELETE FROM "sla_clocks" WHERE "kind" = 'COMPENSATION_APPROVAL'`);
    await q.query(`ALTER TABLE "sla_clocks" DROP CONSTRAINT "sla_clocks_kind_check"`);
    await q.query(`ALTER TABLE "sla_clocks" ADD CONSTRAINT "sla_clocks_kind_check" CHECK ("kind" IN ('FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION', 'A_TO_Z_INFORMATION_REQUEST', 'CHARGEBACK_RESPONSE', 'RETURN_REQUEST_RESPONSE'))`);
    await q.query(`DROP TABLE "compensation_settings"`);
  }
}
