import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SlaFiredPayload } from '@lifeline/api-contract';
import { COMPENSATION_APPROVAL_ESCALATION, DEFAULT_SLA_TARGETS, escalationFor, raisedPriority, TICKET_PRIORITY_RANK, type EscalationAction, type SlaTargets, type TicketPriority } from '@lifeline/domain';
import { OutboxService, type OutboxAppend } from '../realtime/outbox.service';
import { ticketPayload } from '../tickets/ticket-events';
import { SlaRepository, type FiredClock, type SlaEventRow, type SweepTrigger, type TicketEscalation, type TimelineRow } from './sla.repository';

/** Clocks claimed per transaction. */
export const SWEEP_BATCH = 500;
export const SLA_SWEEP_INTERVAL_MS = Symbol('SLA_SWEEP_INTERVAL_MS');
const DEFAULT_INTERVAL_MS = 1000;

export interface SweepResult {
  warnings: number;
  breaches: number;
}

/**
 * Fires SLA warnings and breaches (ARCHITECTURE.md "SLA"). Every second each API process claims due clocks
 * with FOR UPDATE SKIP LOCKED, marks them, runs their escalation level, records an sla_events row and
 * writes sla.warning / sla.breached to the outbox, all in one transaction per batch: a clock fires exactly
 * once however many processes sweep, and whatever came due while no process ran (a crash, a deploy) is
 * found by the first sweep after start, since the claim is "due at or before now()", not "due this second".
 */
@Injectable()
export class SlaSweeperService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SlaSweeper');
  private timer?: NodeJS.Timeout;
  private sweeping: Promise<SweepResult> | null = null;
  private stopped = false;

  constructor(
    private readonly repo: SlaRepository,
    private readonly outbox: OutboxService,
    @Optional() @Inject(SLA_SWEEP_INTERVAL_MS) private readonly intervalMs: number = DEFAULT_INTERVAL_MS,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
    void this.tick(); // catch up at once on what came due while no process was sweeping
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.sweeping?.catch(() => undefined);
  }

  private async tick(): Promise<void> {
    if (this.sweeping || this.stopped) return;
    try {
      await this.sweep();
    } catch (e) {
      if (!this.stopped) this.logger.warn(`sweep failed: ${e instanceof Error ? e.message : e}`);
    }
  }

  /** One full pass, started after this call: warnings, then breaches, batch after batch until nothing due is left. */
  sweep(): Promise<SweepResult> {
    if (this.sweeping) return this.sweeping.catch(() => undefined).then(() => this.sweep());
    this.sweeping = (async () => {
      const result: SweepResult = { warnings: 0, breaches: 0 };
      try {
        for (const trigger of ['WARNING', 'BREACH'] as const) {
          for (;;) {
            if (this.stopped) return result;
            const fired = await this.fireBatch(trigger);
            if (trigger === 'WARNING') result.warnings += fired;
            else result.breaches += fired;
            if (fired < SWEEP_BATCH) break;
          }
        }
        return result;
      } finally {
        this.sweeping = null;
      }
    })();
    return this.sweeping;
  }

  private fireBatch(trigger: SweepTrigger): Promise<number> {
    return this.repo.transaction(async (m) => {
      const fired = await this.repo.claimDue(m, trigger, SWEEP_BATCH);
      if (fired.length > 0) await this.escalate(m, trigger, fired);
      return fired.length;
    });
  }

  /** Runs each fired clock's escalation level and records it, set-based: a batch costs a handful of statements. */
  private async escalate(m: EntityManager, trigger: SweepTrigger, fired: FiredClock[]): Promise<void> {
    const organizations = [...new Set(fired.map((c) => c.organizationId))];
    const policies = await this.repo.policiesByIds(m, [...new Set(fired.flatMap((c) => (c.policyId ? [c.policyId] : [])))]);
    const levels = fired.map((c) =>
      escalationFor(c.kind === 'COMPENSATION_APPROVAL' ? { escalation: COMPENSATION_APPROVAL_ESCALATION } : targetsOf(c, policies)[c.kind], trigger),
    );
    const wanted = new Set(levels.flatMap((l) => l?.actions ?? []));
    const [queues, supervisors] = await Promise.all([
      wanted.has('MOVE_TO_SUPERVISOR_QUEUE') ? this.repo.supervisorQueues(m, organizations) : new Map<string, string>(),
      wanted.has('NOTIFY_SUPERVISORS') ? this.repo.supervisors(m, organizations) : new Map<string, string[]>(),
    ]);

    const tickets = new Map<string, { escalation: TicketEscalation; from: FiredClock['ticket'] }>();
    const timeline: TimelineRow[] = [];
    const events: SlaEventRow[] = [];
    const levelRows: { organizationId: string; clockId: string; level: number }[] = [];
    const outbox: OutboxAppend<'sla.warning' | 'sla.breached'>[] = [];

    fired.forEach((clock, i) => {
      const level = levels[i];
      const actions = new Set<EscalationAction>(level?.actions ?? []);
      const key = `${clock.organizationId}|${clock.ticketId}`;
      const ticket = tickets.get(key) ?? { escalation: { organizationId: clock.organizationId, ticketId: clock.ticketId, priority: null, priorityRank: null, queueId: null }, from: clock.ticket };
      // A ticket with several clocks firing in one batch is raised one step, not one per clock.
      if (actions.has('RAISE_PRIORITY') && ticket.escalation.priority === null && clock.ticket.priority !== 'URGENT') {
        const priority: TicketPriority = raisedPriority(clock.ticket.priority);
        ticket.escalation = { ...ticket.escalation, priority, priorityRank: TICKET_PRIORITY_RANK[priority] };
      }
      const supervisorQueue = queues.get(clock.organizationId);
      if (actions.has('MOVE_TO_SUPERVISOR_QUEUE') && supervisorQueue && supervisorQueue !== clock.ticket.queueId) {
        ticket.escalation = { ...ticket.escalation, queueId: supervisorQueue };
      }
      tickets.set(key, ticket);
      const notify = [
        ...(actions.has('NOTIFY_ASSIGNEE') && clock.ticket.assigneeId ? [clock.ticket.assigneeId] : []),
        ...(actions.has('NOTIFY_SUPERVISORS') ? (supervisors.get(clock.organizationId) ?? []) : []),
      ];
      const notifyUserIds = [...new Set(notify)];
      timeline.push({
        organizationId: clock.organizationId,
        ticketId: clock.ticketId,
        type: trigger === 'WARNING' ? 'SLA_WARNING' : 'SLA_BREACHED',
        data: { clockId: clock.id, kind: clock.kind, dueAt: clock.dueAt.toISOString(), level: level?.level ?? null, actions: [...actions], notifiedUserIds: notifyUserIds },
      });
      events.push({ organizationId: clock.organizationId, clockId: clock.id, ticketId: clock.ticketId, type: trigger, kind: clock.kind, level: level?.level ?? null, scheduledAt: clock.scheduledAt });
      if (level) levelRows.push({ organizationId: clock.organizationId, clockId: clock.id, level: level.level });
      const payload: SlaFiredPayload = { ticketId: clock.ticketId, clockId: clock.id, kind: clock.kind, dueAt: clock.dueAt.toISOString(), level: level?.level ?? null, notifyUserIds };
      outbox.push({ organizationId: clock.organizationId, type: trigger === 'WARNING' ? 'sla.warning' : 'sla.breached', payload });
    });

    const changes = [...tickets.values()].filter((t) => t.escalation.priority !== null || t.escalation.queueId !== null);
    for (const { escalation, from } of changes) {
      if (escalation.priority) {
        timeline.push({ organizationId: escalation.organizationId, ticketId: escalation.ticketId, type: 'PRIORITY_CHANGED', data: { from: from.priority, to: escalation.priority, reason: 'SLA_ESCALATION' } });
      }
      if (escalation.queueId) {
        timeline.push({ organizationId: escalation.organizationId, ticketId: escalation.ticketId, type: 'ROUTED', data: { queueId: escalation.queueId, fromQueueId: from.queueId, routedBy: 'SLA_ESCALATION' } });
      }
    }
    const updated = await this.repo.escalateTickets(m, changes.map((c) => c.escalation));
    await this.repo.recordFired(m, events, levelRows);
    await this.repo.appendTimeline(m, timeline);
    await this.outbox.appendMany(m, [
      ...outbox,
      ...updated.map((t) => ({ organizationId: t.organizationId, type: 'ticket.updated' as const, payload: ticketPayload(t) })),
    ]);
  }
}

function targetsOf(clock: FiredClock, policies: Map<string, SlaTargets>): SlaTargets {
  return (clock.policyId && policies.get(clock.policyId)) || DEFAULT_SLA_TARGETS;
}
