import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  calendarForTarget,
  clockChangesOnStatus,
  clocksMetByReply,
  clocksStartedByInbound,
  DEFAULT_SLA_TARGETS,
  isOpenTicketStatus,
  MESSAGE_RESPONSE_KINDS,
  pickSlaPolicy,
  planClock,
  resumeClock,
  type SlaClockKind,
  type TicketStatus,
} from '@lifeline/domain';
import type { MessageEntity } from '../tickets/entities/message.entity';
import type { TicketEntity } from '../tickets/entities/ticket.entity';
import type { SlaClockType } from './dto/sla.types';
import { toSlaClockType } from './sla.mappers';
import { SlaRepository, type NewClock, type PolicyContext } from './sla.repository';

const CLAIM_DEADLINE_KINDS: readonly SlaClockKind[] = ['A_TO_Z_INFORMATION_REQUEST', 'CHARGEBACK_RESPONSE'];

type TicketRef = Pick<TicketEntity, 'organizationId' | 'id' | 'storeId' | 'channel' | 'status'>;

/**
 * Runs a ticket's SLA clocks from the ticket's own events, inside the caller's transaction: the rules of
 * which clock starts, stops or pauses are libs/domain's (sla/clock-rules.ts); this applies them to rows
 * and keeps `tickets.due_at` on the nearest outstanding clock.
 *
 * Time: clocks start at the message's received time and their due times are computed from it in
 * JavaScript (business hours need the calendar maths); everything "now" — met, paused, resumed, fired — is
 * the database's now(), read with SELECT now() where JavaScript needs it, so every API process agrees.
 */
@Injectable()
export class SlaService {
  constructor(private readonly repo: SlaRepository) {}

  /**
   * A buyer message arrived on `ticket` (already holding its status after the message). Starts its
   * response clock (and the resolution or claim clock of a new case) unless it needs no response.
   */
  async onInboundMessage(m: EntityManager, ticket: TicketRef, message: Pick<MessageEntity, 'id' | 'sentAt' | 'noResponseNeeded'>): Promise<void> {
    const facts = await this.repo.ticketClockFacts(m, ticket.organizationId, ticket.id);
    const kinds = clocksStartedByInbound({ channel: ticket.channel, noResponseNeeded: message.noResponseNeeded, ...facts });
    await this.start(m, ticket, kinds, message.sentAt, message.id);
    await this.repo.refreshTicketDueAt(m, ticket.organizationId, ticket.id, isOpenTicketStatus(ticket.status));
  }

  /**
   * The seller replied: the clocks the reply answers are met (an auto-reply meets nothing), then the status
   * change the reply makes (by default to WAITING_ON_BUYER, which pauses resolution) is applied.
   */
  async onReply(m: EntityManager, ticket: TicketRef, reply: Pick<MessageEntity, 'isAutoReply'>, nextStatus: TicketStatus): Promise<void> {
    await this.repo.meet(m, ticket.organizationId, ticket.id, clocksMetByReply(reply));
    await this.applyStatusChange(m, ticket, ticket.status, nextStatus);
    await this.repo.refreshTicketDueAt(m, ticket.organizationId, ticket.id, isOpenTicketStatus(nextStatus));
  }

  async onStatusChanged(m: EntityManager, ticket: TicketRef, from: TicketStatus, to: TicketStatus): Promise<void> {
    await this.applyStatusChange(m, ticket, from, to);
    await this.repo.refreshTicketDueAt(m, ticket.organizationId, ticket.id, isOpenTicketStatus(to));
  }

  /**
   * The seller answered a claim outside the buyer conversation (its response to Amazon) or the claim was
   * decided: the claim deadline is met; the ticket's other clocks run on.
   */
  async onClaimAnswered(m: EntityManager, ticket: TicketRef): Promise<void> {
    await this.repo.meet(m, ticket.organizationId, ticket.id, CLAIM_DEADLINE_KINDS);
    await this.repo.refreshTicketDueAt(m, ticket.organizationId, ticket.id, isOpenTicketStatus(ticket.status));
  }

  /** "No response needed" takes the message's response clock away, breached or not (DOMAIN.md §1.3). */
  async onNoResponseNeeded(m: EntityManager, ticket: TicketRef, messageId: string): Promise<number> {
    const cancelled = await this.repo.cancel(m, ticket.organizationId, ticket.id, MESSAGE_RESPONSE_KINDS, messageId);
    await this.repo.refreshTicketDueAt(m, ticket.organizationId, ticket.id, isOpenTicketStatus(ticket.status));
    return cancelled;
  }

  /** Messages moved from `source` to `target`: their clocks follow; the source's case clock ends. */
  async onMerged(m: EntityManager, source: TicketRef, target: TicketRef): Promise<void> {
    await this.repo.moveClocks(m, source.organizationId, source.id, target.id);
    await this.repo.refreshTicketDueAt(m, source.organizationId, source.id, false);
    await this.repo.refreshTicketDueAt(m, target.organizationId, target.id, isOpenTicketStatus(target.status));
  }

  /** Clocks of tickets keyed `organizationId|ticketId` (DataLoader keys), each list oldest first. */
  async clocksOfTickets(keys: readonly string[]): Promise<SlaClockType[][]> {
    const byOrganization = new Map<string, string[]>();
    for (const key of keys) {
      const [org, id] = key.split('|') as [string, string];
      byOrganization.set(org, [...(byOrganization.get(org) ?? []), id]);
    }
    const found = new Map<string, SlaClockType[]>();
    for (const [org, ids] of byOrganization) {
      for (const clock of await this.repo.clocksOfTickets(org, ids)) {
        const key = `${org}|${clock.ticketId}`;
        found.set(key, [...(found.get(key) ?? []), toSlaClockType(clock)]);
      }
    }
    return keys.map((k) => found.get(k) ?? []);
  }

  private async applyStatusChange(m: EntityManager, ticket: TicketRef, from: TicketStatus, to: TicketStatus): Promise<void> {
    const changes = clockChangesOnStatus(from, to);
    const { organizationId, id } = ticket;
    await this.repo.pause(m, organizationId, id, changes.pause);
    await this.repo.meet(m, organizationId, id, changes.meet);
    await this.repo.cancel(m, organizationId, id, changes.cancel);
    if (changes.resume.length > 0) await this.resume(m, ticket, changes.resume);
    if (changes.start.length > 0) await this.start(m, ticket, changes.start, await this.repo.now(m), null);
  }

  private async start(m: EntityManager, ticket: TicketRef, kinds: readonly SlaClockKind[], startedAt: Date, messageId: string | null): Promise<void> {
    if (kinds.length === 0) return;
    const context = await this.repo.policyContext(m, ticket.organizationId, ticket.storeId);
    const policy = pickSlaPolicy(context.policies, ticket.storeId, ticket.channel);
    const targets = policy?.targets ?? DEFAULT_SLA_TARGETS;
    const clocks: NewClock[] = [];
    for (const kind of kinds) {
      // The approval clock runs to the compensation settings' target (CompensationService), never a policy's.
      const setting = kind === 'COMPENSATION_APPROVAL' ? null : targets[kind];
      if (!setting) continue; // switched off in this policy
      const times = planClock(setting, this.calendar(context, setting.hours), startedAt.getTime());
      clocks.push({
        organizationId: ticket.organizationId,
        ticketId: ticket.id,
        messageId,
        kind,
        policyId: policy?.id ?? null,
        hours: setting.hours,
        startedAt,
        dueAt: new Date(times.dueAt),
        warnAt: times.warnAt === null ? null : new Date(times.warnAt),
      });
    }
    await this.repo.insertClocks(m, clocks);
  }

  private async resume(m: EntityManager, ticket: TicketRef, kinds: readonly SlaClockKind[]): Promise<void> {
    const paused = await this.repo.pausedClocks(m, ticket.organizationId, ticket.id, kinds);
    if (paused.length === 0) return;
    const now = (await this.repo.now(m)).getTime();
    const context = paused.some((c) => c.hours === 'BUSINESS') ? await this.repo.policyContext(m, ticket.organizationId, ticket.storeId) : null;
    for (const clock of paused) {
      const calendar = calendarForTarget(clock.hours, context?.calendar, context?.storeTimeZone ?? 'UTC');
      const times = resumeClock(
        { dueAt: clock.dueAt.getTime(), warnAt: clock.warnedAt || !clock.warnAt ? null : clock.warnAt.getTime(), pausedAt: (clock.pausedAt ?? new Date(now)).getTime() },
        calendar,
        now,
      );
      await this.repo.resume(m, ticket.organizationId, clock.id, {
        dueAt: new Date(times.dueAt),
        warnAt: times.warnAt === null ? null : new Date(times.warnAt),
        pausedForMs: times.pausedFor,
      });
    }
  }

  private calendar(context: PolicyContext, hours: 'CALENDAR' | 'BUSINESS') {
    return calendarForTarget(hours, context.calendar, context.storeTimeZone);
  }
}
