import { pickTemplateTranslation, renderReplyTemplate, validateReplyTemplate, type ReplyTemplateTranslation } from './reply-templates';

describe('validateReplyTemplate', () => {
  it('accepts the documented variables, spaces inside braces allowed', () => {
    expect(
      validateReplyTemplate('Hallo {{buyer_name}}, zu {{ order_id }} ({{product}}): {{tracking_number}}. {{agent_name}}, {{store_name}}'),
    ).toEqual({ ok: true });
  });

  it('lists every unknown variable once when the template is saved', () => {
    expect(validateReplyTemplate('Hi {{customer_name}}, {{order_id}} {{ Buyer_Name }} {{customer_name}} {{}}')).toEqual({
      ok: false,
      unknownVariables: ['customer_name', 'Buyer_Name', ''],
    });
  });
});

describe('renderReplyTemplate', () => {
  it('fills the variables', () => {
    expect(renderReplyTemplate('Hallo {{buyer_name}}, Ihre Bestellung {{ order_id }} ist unterwegs.', { buyer_name: 'Frau Weber', order_id: '302-1234567-1234567' })).toEqual({
      text: 'Hallo Frau Weber, Ihre Bestellung 302-1234567-1234567 ist unterwegs.',
      missing: [],
    });
  });

  it('renders missing values as empty and reports them so the console can warn', () => {
    expect(renderReplyTemplate('Hi {{buyer_name}}, tracking: {{tracking_number}} {{tracking_number}}', { buyer_name: null, tracking_number: '  ' })).toEqual({
      text: 'Hi , tracking:  ',
      missing: ['buyer_name', 'tracking_number'],
    });
  });

  it('does not expand braces inside a value', () => {
    expect(renderReplyTemplate('{{product}} / {{store_name}}', { product: 'Mug {{store_name}}', store_name: 'Acme' }).text).toBe('Mug {{store_name}} / Acme');
  });
});

describe('pickTemplateTranslation', () => {
  const t = (language: ReplyTemplateTranslation['language']): ReplyTemplateTranslation => ({ language, body: `body-${language}` });

  it("takes the ticket's language, then the store default, then English, then the first", () => {
    expect(pickTemplateTranslation([t('en'), t('fr'), t('de')], 'de', 'fr')?.language).toBe('de');
    expect(pickTemplateTranslation([t('en'), t('fr')], 'de', 'fr')?.language).toBe('fr');
    expect(pickTemplateTranslation([t('it'), t('en')], 'de', 'fr')?.language).toBe('en');
    expect(pickTemplateTranslation([t('it'), t('pl')], 'de', 'fr')?.language).toBe('it');
    expect(pickTemplateTranslation([t('it'), t('fr')], null, 'fr')?.language).toBe('fr');
  });

  it('returns null for a template without translations', () => {
    expect(pickTemplateTranslation([], 'de', 'de')).toBeNull();
  });
});
