import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  DEFAULT_HEALTH_THRESHOLDS,
  METRIC_KEYS,
  resolveHealthThresholds,
  validateHealthThresholdOverrides,
  type HealthThresholdOverrides,
  type MetricKey,
  type MetricPolicy,
} from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { badUserInput, conflict, notFound } from '../common/errors';
import { DATA_SOURCE } from '../database/database.tokens';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import type { HealthThresholdsType, UpdateHealthThresholdsInput } from './dto/health-thresholds.types';
import { ALL_FAMILIES } from './health-metrics.service';
import { HealthRecomputeService } from './health-recompute.service';
import { HealthRepository } from './health.repository';

/**
 * A store's warning lines, red lines and windows (DOMAIN.md: "every threshold … lives in configuration with
 * these values as defaults"). Saving recomputes the store at once, so a line moved under the current figure
 * shows (and alerts) in the same transaction.
 */
@Injectable()
export class HealthThresholdsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    private readonly repo: HealthRepository,
    private readonly recompute: HealthRecomputeService,
    private readonly tenancy: TenancyRepository,
  ) {}

  async thresholds(auth: AuthUser, storeId: string): Promise<HealthThresholdsType> {
    if (!(await this.tenancy.store(auth.organizationId, storeId))) throw notFound('The store');
    const settings = await this.repo.thresholdSettings(this.db.manager, auth.organizationId, storeId);
    return toThresholdsType(storeId, settings.version, settings.overrides);
  }

  async update(auth: AuthUser, input: UpdateHealthThresholdsInput): Promise<HealthThresholdsType> {
    if (!(await this.tenancy.store(auth.organizationId, input.storeId))) throw notFound('The store');
    const overrides: HealthThresholdOverrides = { metrics: {} };
    const seen = new Set<MetricKey>();
    for (const [i, m] of input.metrics.entries()) {
      if (seen.has(m.key)) throw badUserInput(`${m.key} is listed twice.`, [{ field: `metrics.${i}.key`, message: 'listed twice' }]);
      seen.add(m.key);
      const defaults = DEFAULT_HEALTH_THRESHOLDS.metrics[m.key];
      overrides.metrics![m.key] = { warningAt: m.warningAt ?? null, redLine: m.redLine ?? null, windowDays: m.windowDays ?? defaults.windowDays };
    }
    const problems = validateHealthThresholdOverrides(overrides);
    if (problems.length > 0) {
      throw badUserInput(
        `The lines cannot be saved: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}.`,
        problems.map((p) => ({ field: p.path, message: p.message })),
      );
    }
    const version = await this.db.transaction(async (m) => {
      const saved = await this.repo.saveThresholdSettings(m, auth.organizationId, input.storeId, input.version, overrides, auth.userId);
      if (saved === null) {
        const current = await this.repo.thresholdSettings(m, auth.organizationId, input.storeId);
        throw conflict("The store's lines", current.version);
      }
      await this.recompute.recompute(m, auth.organizationId, input.storeId, ALL_FAMILIES);
      return saved;
    });
    return toThresholdsType(input.storeId, version, overrides);
  }
}

function toThresholdsType(storeId: string, version: number, overrides: HealthThresholdOverrides): HealthThresholdsType {
  const resolved = resolveHealthThresholds(overrides);
  return {
    storeId,
    version,
    metrics: METRIC_KEYS.map((key) => {
      const p: MetricPolicy = resolved.metrics[key];
      const d: MetricPolicy = DEFAULT_HEALTH_THRESHOLDS.metrics[key];
      return {
        key,
        higherIsBetter: p.higherIsBetter,
        warningAt: p.warningAt,
        redLine: p.redLine,
        windowDays: p.windowDays,
        defaultWarningAt: d.warningAt,
        defaultRedLine: d.redLine,
        defaultWindowDays: d.windowDays,
        edited: overrides.metrics?.[key] !== undefined,
      };
    }),
  };
}
