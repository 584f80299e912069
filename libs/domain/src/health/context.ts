import type { EpochMs } from './metric';
import { DEFAULT_HEALTH_THRESHOLDS, type HealthThresholds } from './thresholds';

/** When to compute (events after `asOf` are ignored, so a past date replays history) and with which lines. */
export interface HealthContext {
  asOf: EpochMs;
  /** Resolved thresholds (see resolveHealthThresholds); defaults from DOMAIN.md when absent. */
  thresholds?: HealthThresholds;
}

export function thresholdsOf(ctx: HealthContext): HealthThresholds {
  return ctx.thresholds ?? DEFAULT_HEALTH_THRESHOLDS;
}

/** Has an event stamped `at` happened by `asOf`? */
export function happened(at: EpochMs | null | undefined, asOf: EpochMs): at is EpochMs {
  return at !== null && at !== undefined && at <= asOf;
}
