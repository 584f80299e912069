import type { TFunction } from 'i18next';
import type { TicketDetail } from '../../api/tickets.api';
import { claimsTimelineSentence } from '../claims/claims-timeline';
import { compensationTimelineSentence } from '../compensation/compensation-timeline';

export type TimelineEvent = TicketDetail['timeline'][number];

export interface TimelineContext {
  t: TFunction;
  /** A user's name from the ids the timeline data carries (assignees); undefined when unknown. */
  userName: (userId: string) => string | undefined;
  languageName: (code: string) => string;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const shortId = (id: unknown): string => `#${String(id ?? '').slice(0, 8)}`;

/** Who did it, as the sentence names them: the user, or the kind of actor when no user did. */
function actorName(event: TimelineEvent, t: TFunction): string {
  if (event.actor) return event.actor.name;
  switch (event.actorType) {
    case 'BUYER':
      return t('timeline.actor.BUYER');
    case 'CONNECTOR':
      return t('timeline.actor.CONNECTOR');
    case 'USER':
      return t('timeline.actor.USER');
    default:
      return t('timeline.actor.SYSTEM');
  }
}

/** One timeline entry as a sentence in the UI language: "Dieter Deutsch replied to the buyer". */
export function timelineSentence(event: TimelineEvent, { t, userName, languageName }: TimelineContext): string {
  const data = event.data;
  const actor = actorName(event, t);
  const person = (id: unknown) => (text(id) ? (userName(String(id)) ?? t('timeline.someone')) : t('timeline.someone'));
  const language = (code: unknown) => (text(code) ? languageName(String(code)) : t('timeline.unknownLanguage'));
  const status = (value: unknown) => t(`status.${String(value)}`, { defaultValue: String(value) });
  const priority = (value: unknown) => t(`priority.${String(value)}`, { defaultValue: String(value) });

  switch (event.type) {
    case 'CREATED': {
      const channel = t(`channel.${String(data.channel)}`, { defaultValue: String(data.channel ?? '') });
      return text(data.orderId)
        ? t('timeline.createdWithOrder', { channel, orderId: data.orderId })
        : t('timeline.created', { channel });
    }
    case 'LANGUAGE_DETECTED':
      return data.source === 'FALLBACK'
        ? t('timeline.languageFallback', { language: language(data.language) })
        : t('timeline.languageDetected', { language: language(data.language) });
    case 'ROUTED':
      return t('timeline.routed', { queue: text(data.queueName) ?? t('timeline.anotherQueue') });
    case 'ASSIGNED': {
      const assignee = person(data.assigneeId);
      if (data.reason === 'AUTO') return t('timeline.assignedAuto', { assignee });
      if (data.reason === 'REPLIED') return t('timeline.assignedByReply', { actor });
      if (data.reason === 'LANGUAGE_CHANGED') return t('timeline.reassignedLanguage', { assignee });
      if (event.actor && event.actor.id === data.assigneeId) return t('timeline.took', { actor });
      return t('timeline.assigned', { actor, assignee });
    }
    case 'UNASSIGNED': {
      if (data.reason === 'LANGUAGE_CHANGED') return t('timeline.unassignedLanguage');
      if (event.actor && event.actor.id === data.previousAssigneeId) return t('timeline.gaveBack', { actor });
      return t('timeline.unassigned', { actor, previous: person(data.previousAssigneeId) });
    }
    case 'WAITING_IN_QUEUE':
      return t('timeline.waitingInQueue', { language: language(data.language) });
    case 'MESSAGE_IN':
      return t('timeline.messageIn', { language: language(data.language) });
    case 'MESSAGE_OUT':
      return text(data.templateId) ? t('timeline.messageOutTemplate', { actor }) : t('timeline.messageOut', { actor });
    case 'MESSAGE_SENT':
      return t('timeline.messageSent');
    case 'MESSAGE_FAILED':
      return t('timeline.messageFailed', { error: text(data.error) ?? '' });
    case 'STATUS_CHANGED':
      return data.reason === 'BUYER_REPLIED'
        ? t('timeline.reopenedByBuyer', { to: status(data.to) })
        : t('timeline.statusChanged', { actor, from: status(data.from), to: status(data.to) });
    case 'PRIORITY_CHANGED':
      return t('timeline.priorityChanged', { actor, from: priority(data.from), to: priority(data.to) });
    case 'LANGUAGE_CHANGED':
      return t('timeline.languageChanged', { actor, from: language(data.from), to: language(data.to) });
    case 'NOTE':
      return t('timeline.note', { actor });
    case 'MERGED':
      return t('timeline.merged', { actor, ticket: shortId(data.fromTicketId), count: Number(data.messagesMoved ?? 0) });
    case 'MERGED_INTO':
      return t('timeline.mergedInto', { actor, ticket: shortId(data.intoTicketId) });
    default:
      return (
        compensationTimelineSentence(event.type, data, actor, t) ??
        claimsTimelineSentence(event.type, data, actor, t) ??
        t('timeline.generic', { actor, type: event.type.toLowerCase().replaceAll('_', ' ') })
      );
  }
}
