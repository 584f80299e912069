import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { ApiError } from '../../api/api-error';
import { compensationErrorMessage } from './compensation-errors';

const en = JSON.parse(readFileSync(new URL('../../i18n/en.json', import.meta.url), 'utf8')) as object;

describe('compensationErrorMessage', () => {
  it('says why an approval was refused, and falls back to the ticket wording otherwise', async () => {
    const i = i18next.createInstance();
    await i.init({ lng: 'en', resources: { en: { translation: en } }, interpolation: { escapeValue: false } });
    const refused = (reason: string) => ApiError.fromGraphQLErrors([{ message: 'x', extensions: { code: 'FORBIDDEN', reason } }]);
    expect(compensationErrorMessage(refused('OVER_APPROVER_LIMIT'), i.t)).toBe('This is above your own limit on this order: an admin must approve it.');
    expect(compensationErrorMessage(refused('OWN_REQUEST'), i.t)).toBe('You cannot approve your own request.');
    expect(compensationErrorMessage(ApiError.fromGraphQLErrors([{ message: 'x', extensions: { code: 'CONFLICT' } }]), i.t)).toBe(i.t('ticket.error.conflict'));
  });
});
