import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { timelineSentence, type TimelineEvent } from './timeline-sentence';

const en = JSON.parse(readFileSync(new URL('../../i18n/en.json', import.meta.url), 'utf8')) as object;
const zhCN = JSON.parse(readFileSync(new URL('../../i18n/zh-CN.json', import.meta.url), 'utf8')) as object;

const DIETER = { id: 'u-dieter', name: 'Dieter Deutsch' };
const SAM = { id: 'u-sam', name: 'Sam Supervisor' };
const names: Record<string, string> = { [DIETER.id]: DIETER.name, [SAM.id]: SAM.name };
const LANGUAGES: Record<string, string> = { de: 'German', en: 'English', fr: 'French' };

async function translator(language: 'en' | 'zh-CN') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

function entry(type: string, data: Record<string, unknown>, actor: typeof DIETER | null = null, actorType = actor ? 'USER' : 'SYSTEM'): TimelineEvent {
  return { id: `e-${type}`, type, actorType, data, createdAt: '2025-03-03T12:00:00Z', actor: actor && { ...actor } };
}

describe('timeline entries as sentences', () => {
  let say: (event: TimelineEvent) => string;

  beforeAll(async () => {
    const t = await translator('en');
    say = (event) => timelineSentence(event, { t, userName: (id) => names[id], languageName: (code) => LANGUAGES[code] ?? code });
  });

  it.each<[string, TimelineEvent, string]>([
    ['CREATED', entry('CREATED', { channel: 'BUYER_MESSAGE', orderId: '302-1' }, null, 'CONNECTOR'), 'Ticket created (Buyer message) for order 302-1'],
    ['CREATED without order', entry('CREATED', { channel: 'A_TO_Z_CLAIM', orderId: null }, null, 'CONNECTOR'), 'Ticket created (A-to-z claim)'],
    ['LANGUAGE_DETECTED', entry('LANGUAGE_DETECTED', { language: 'de', source: 'DETECTED', confidence: 0.9 }), 'Language detected: German'],
    ['LANGUAGE_DETECTED fallback', entry('LANGUAGE_DETECTED', { language: 'en', source: 'FALLBACK' }), "Language not recognised; using the store's default, English"],
    ['ROUTED', entry('ROUTED', { queueId: 'q', queueName: 'Amazon DE · German', routedBy: 'LANGUAGE' }), 'Routed to Amazon DE · German'],
    ['ASSIGNED automatically', entry('ASSIGNED', { assigneeId: DIETER.id, reason: 'AUTO' }), 'Assigned to Dieter Deutsch automatically'],
    ['ASSIGNED by replying', entry('ASSIGNED', { assigneeId: DIETER.id, reason: 'REPLIED' }, DIETER), 'Dieter Deutsch took the ticket by replying'],
    ['ASSIGNED taken', entry('ASSIGNED', { assigneeId: DIETER.id, previousAssigneeId: null }, DIETER), 'Dieter Deutsch took the ticket'],
    ['ASSIGNED by a supervisor', entry('ASSIGNED', { assigneeId: DIETER.id, previousAssigneeId: null }, SAM), 'Sam Supervisor assigned the ticket to Dieter Deutsch'],
    ['ASSIGNED after a language change', entry('ASSIGNED', { assigneeId: SAM.id, reason: 'LANGUAGE_CHANGED' }), 'Reassigned to Sam Supervisor, who speaks the corrected language'],
    ['UNASSIGNED given back', entry('UNASSIGNED', { assigneeId: null, previousAssigneeId: DIETER.id }, DIETER), 'Dieter Deutsch gave the ticket back'],
    ['UNASSIGNED by a supervisor', entry('UNASSIGNED', { assigneeId: null, previousAssigneeId: DIETER.id }, SAM), 'Sam Supervisor unassigned Dieter Deutsch'],
    ['UNASSIGNED after a language change', entry('UNASSIGNED', { assigneeId: null, reason: 'LANGUAGE_CHANGED' }), 'Unassigned: no available agent speaks the corrected language'],
    ['WAITING_IN_QUEUE', entry('WAITING_IN_QUEUE', { reason: 'NO_AVAILABLE_AGENT', language: 'fr' }), 'Waiting in the queue: no available agent speaks French'],
    ['MESSAGE_IN', entry('MESSAGE_IN', { messageId: 'm', language: 'de' }, null, 'BUYER'), 'The buyer wrote (German)'],
    ['MESSAGE_OUT', entry('MESSAGE_OUT', { messageId: 'm', templateId: null }, DIETER), 'Dieter Deutsch replied to the buyer'],
    ['MESSAGE_OUT with a template', entry('MESSAGE_OUT', { messageId: 'm', templateId: 'tpl' }, DIETER), 'Dieter Deutsch replied to the buyer using a template'],
    ['STATUS_CHANGED', entry('STATUS_CHANGED', { from: 'OPEN', to: 'WAITING_ON_BUYER' }, DIETER), 'Dieter Deutsch changed the status from Open to Waiting on buyer'],
    ['STATUS_CHANGED by the buyer', entry('STATUS_CHANGED', { from: 'WAITING_ON_BUYER', to: 'OPEN', reason: 'BUYER_REPLIED' }), 'The buyer replied; back to Open'],
    ['PRIORITY_CHANGED', entry('PRIORITY_CHANGED', { from: 'NORMAL', to: 'URGENT' }, SAM), 'Sam Supervisor changed the priority from Normal to Urgent'],
    ['LANGUAGE_CHANGED', entry('LANGUAGE_CHANGED', { from: 'en', to: 'de' }, DIETER), 'Dieter Deutsch corrected the language from English to German'],
    ['NOTE', entry('NOTE', { noteId: 'n' }, SAM), 'Sam Supervisor added an internal note'],
    ['MERGED', entry('MERGED', { fromTicketId: 'abcdef12-3456', messagesMoved: 2 }, DIETER), 'Dieter Deutsch merged ticket #abcdef12 into this one (messages moved: 2)'],
    ['MERGED_INTO', entry('MERGED_INTO', { intoTicketId: '99887766-5544' }, DIETER), 'Dieter Deutsch merged this ticket into #99887766'],
  ])('%s', (_name, event, sentence) => {
    expect(say(event)).toBe(sentence);
  });

  it('renders an event type it does not know generically, with its actor', () => {
    expect(say(entry('SLA_BREACHED', { target: 'FIRST_RESPONSE' }))).toBe('Lifeline: sla breached');
  });

  it('names an assignee it cannot resolve "someone" rather than showing an id', () => {
    expect(say(entry('ASSIGNED', { assigneeId: 'u-gone', reason: 'AUTO' }))).toBe('Assigned to someone automatically');
  });

  it('speaks Simplified Chinese too', async () => {
    const t = await translator('zh-CN');
    const sentence = timelineSentence(entry('MESSAGE_OUT', { templateId: null }, DIETER), { t, userName: () => undefined, languageName: (c) => c });
    expect(sentence).toBe('Dieter Deutsch 回复了买家');
  });
});
