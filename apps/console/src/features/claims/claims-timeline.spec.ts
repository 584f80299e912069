import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { claimsTimelineSentence } from './claims-timeline';

const en = JSON.parse(readFileSync(new URL('../../i18n/en.json', import.meta.url), 'utf8')) as object;
const zh = JSON.parse(readFileSync(new URL('../../i18n/zh-CN.json', import.meta.url), 'utf8')) as object;

describe('claim and feedback timeline sentences', () => {
  const i18n = i18next.createInstance();
  beforeAll(async () => {
    await i18n.init({ resources: { en: { translation: en }, 'zh-CN': { translation: zh } }, lng: 'en', interpolation: { escapeValue: false } });
  });

  it('reads a decision, an appeal and a response as a supervisor would say them', () => {
    const t = i18n.getFixedT('en');
    expect(claimsTimelineSentence('CLAIM_DECIDED', { kind: 'A_TO_Z', decision: 'WITHDRAWN', appeal: false }, 'Sam Supervisor', t)).toBe(
      'Sam Supervisor recorded the A-to-z claim as withdrawn',
    );
    expect(claimsTimelineSentence('CLAIM_DECIDED', { kind: 'A_TO_Z', decision: 'FOR_SELLER', appeal: true }, 'Sam Supervisor', t)).toBe(
      'Sam Supervisor recorded the appeal’s result on the A-to-z claim: for seller',
    );
    expect(claimsTimelineSentence('CLAIM_RESPONDED', { kind: 'CHARGEBACK' }, 'Ana', t)).toBe('Ana sent the response to the chargeback');
    expect(claimsTimelineSentence('FEEDBACK_REMOVAL_OUTCOME', { outcome: 'REMOVED' }, 'Sam', t)).toBe('Sam recorded the feedback removal: removed');
  });

  it('has the sentences in Chinese too', () => {
    const t = i18n.getFixedT('zh-CN');
    expect(claimsTimelineSentence('CLAIM_APPEALED', { kind: 'A_TO_Z' }, 'Sam', t)).toContain('Sam');
    expect(claimsTimelineSentence('CLAIM_APPEALED', { kind: 'A_TO_Z' }, 'Sam', t)).not.toContain('appeal');
  });

  it('leaves other entries to the next reader', () => {
    expect(claimsTimelineSentence('NOTE', {}, 'Sam', i18n.getFixedT('en'))).toBeNull();
  });
});
