import {
  DEFAULT_SLA_TARGETS,
  MINUTE,
  SLA_POLICY_CLOCK_KINDS,
  type SlaTargetSetting,
  type SlaTargets,
} from '@lifeline/domain';
import { badUserInput } from '../common/errors';
import type { BusinessCalendarType, SlaClockType, SlaPolicyType, SlaTargetInput, SlaTargetType } from './dto/sla.types';
import type { BusinessCalendarEntity } from './entities/business-calendar.entity';
import type { SlaClockEntity } from './entities/sla-clock.entity';
import type { SlaPolicyEntity } from './entities/sla-policy.entity';

export const toSlaClockType = (c: SlaClockEntity): SlaClockType => ({
  id: c.id,
  kind: c.kind,
  status: c.status,
  hours: c.hours,
  messageId: c.messageId,
  startedAt: c.startedAt,
  dueAt: c.dueAt,
  warnAt: c.warnAt,
  warnedAt: c.warnedAt,
  metAt: c.metAt,
  breachedAt: c.breachedAt,
  cancelledAt: c.cancelledAt,
  pausedAt: c.pausedAt,
  pausedSeconds: Math.round(c.pausedMs / 1000),
  escalationLevel: c.escalationLevel,
});

/** Every kind, in SLA_POLICY_CLOCK_KINDS order; a switched-off target shows the defaults with enabled = false. */
export function toSlaTargetTypes(targets: SlaTargets): SlaTargetType[] {
  return SLA_POLICY_CLOCK_KINDS.map((kind) => {
    const setting = targets[kind] ?? DEFAULT_SLA_TARGETS[kind]!;
    return {
      kind,
      enabled: targets[kind] !== null && targets[kind] !== undefined,
      targetMinutes: Math.round(setting.target / MINUTE),
      hours: setting.hours,
      warning:
        setting.warning.kind === 'elapsedShare'
          ? { elapsedPercent: setting.warning.share * 100, minutesBeforeDue: null }
          : { elapsedPercent: null, minutesBeforeDue: Math.round(setting.warning.ahead / MINUTE) },
      escalation: setting.escalation.map((e) => ({ level: e.level, on: e.on, actions: [...e.actions] })),
    };
  });
}

/** The targets after applying the inputs to `base`; kinds not in the inputs keep their setting. */
export function applySlaTargetInputs(base: SlaTargets, inputs: readonly SlaTargetInput[]): SlaTargets {
  const kinds = inputs.map((t) => t.kind);
  if (new Set(kinds).size !== kinds.length) throw badUserInput('Each clock kind may appear once.', [{ field: 'targets', message: 'duplicate kind' }]);
  const next: Record<string, SlaTargetSetting | null> = { ...base };
  for (const input of inputs) {
    if (!input.enabled) {
      next[input.kind] = null;
      continue;
    }
    const { elapsedPercent, minutesBeforeDue } = input.warning;
    if ((elapsedPercent == null) === (minutesBeforeDue == null)) {
      throw badUserInput('Give the warning point as a percentage elapsed or as minutes before due, not both.', [{ field: `${input.kind}.warning`, message: 'exactly one of elapsedPercent, minutesBeforeDue' }]);
    }
    next[input.kind] = {
      target: input.targetMinutes * MINUTE,
      hours: input.hours,
      warning: elapsedPercent != null ? { kind: 'elapsedShare', share: elapsedPercent / 100 } : { kind: 'beforeDue', ahead: minutesBeforeDue! * MINUTE },
      escalation: [...input.escalation].sort((a, b) => a.level - b.level).map((e) => ({ level: e.level, on: e.on, actions: [...new Set(e.actions)] })),
    };
  }
  return next as SlaTargets;
}

/** Stored targets completed with the defaults for kinds added since they were saved. */
export const completeTargets = (stored: Partial<SlaTargets>): SlaTargets =>
  Object.fromEntries(SLA_POLICY_CLOCK_KINDS.map((kind) => [kind, kind in stored ? (stored[kind] ?? null) : DEFAULT_SLA_TARGETS[kind]])) as SlaTargets;

export const toSlaPolicyType = (p: SlaPolicyEntity): SlaPolicyType => ({
  id: p.id,
  name: p.name,
  storeId: p.storeId,
  channel: p.channel,
  targets: toSlaTargetTypes(completeTargets(p.targets)),
  version: p.version,
  updatedAt: p.updatedAt,
});

export const toBusinessCalendarType = (c: BusinessCalendarEntity): BusinessCalendarType => ({
  id: c.id,
  name: c.name,
  storeId: c.storeId,
  calendar: c.calendar as unknown as Record<string, unknown>,
  version: c.version,
});
