import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { compensationTimelineSentence } from './compensation-timeline';

const en = JSON.parse(readFileSync(new URL('../../i18n/en.json', import.meta.url), 'utf8')) as object;
const zhCN = JSON.parse(readFileSync(new URL('../../i18n/zh-CN.json', import.meta.url), 'utf8')) as object;

async function translator(language: 'en' | 'zh-CN') {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, fallbackLng: 'en', resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } }, interpolation: { escapeValue: false } });
  return instance.t;
}

const refund = { kind: 'PARTIAL_REFUND', cost: '25.00', currency: 'EUR' };

describe('compensation on the timeline', () => {
  it('tells each step as a sentence', async () => {
    const t = await translator('en');
    expect(compensationTimelineSentence('COMPENSATION_REQUESTED', { ...refund, reason: 'Cracked glass' }, 'Dieter Deutsch', t)).toBe('Dieter Deutsch requested a partial refund of 25.00 EUR: “Cracked glass”');
    expect(compensationTimelineSentence('COMPENSATION_APPROVED', { ...refund, automatic: true }, 'System', t)).toBe('The partial refund of 25.00 EUR was approved automatically (within the limit)');
    expect(compensationTimelineSentence('COMPENSATION_APPROVED', { ...refund, automatic: false, reason: 'Photos seen' }, 'Sam Supervisor', t)).toBe('Sam Supervisor approved the partial refund of 25.00 EUR: “Photos seen”');
    expect(compensationTimelineSentence('COMPENSATION_EXECUTED', { ...refund, reference: 'R-1' }, 'Dieter Deutsch', t)).toBe('Dieter Deutsch executed the partial refund (R-1)');
    expect(compensationTimelineSentence('COMPENSATION_OUTCOME', { ...refund, outcome: 'CLAIM_WITHDRAWN' }, 'Dieter Deutsch', t)).toBe('Dieter Deutsch recorded the outcome of the partial refund: Claim withdrawn');
    expect(compensationTimelineSentence('NOTE', {}, 'Dieter Deutsch', t)).toBeNull();
  });

  it('speaks Chinese too', async () => {
    const t = await translator('zh-CN');
    expect(compensationTimelineSentence('COMPENSATION_REJECTED', { ...refund, reason: '太多' }, '主管', t)).toBe('主管 拒绝了 25.00 EUR 的部分退款：“太多”');
  });
});
