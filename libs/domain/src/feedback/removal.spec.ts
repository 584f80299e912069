import lexicons from './removal-lexicons.json';
import { findContactDetails, removalEligibility, validateFeedbackRemovalLexicons, type FeedbackRemovalInput } from './removal';

const mfn: Omit<FeedbackRemovalInput, 'comment' | 'language'> = { fulfillmentChannel: 'MFN', boughtShipping: false, shippedOnTime: true };
const check = (comment: string, language: string, facts: Partial<FeedbackRemovalInput> = {}) =>
  removalEligibility({ ...mfn, comment, language, ...facts });
const reasonsOf = (comment: string, language: string, facts: Partial<FeedbackRemovalInput> = {}) =>
  check(comment, language, facts).reasons.map((r) => r.reason);

describe('feedback removal term lists', () => {
  it('have every category in every lexicon language', () => {
    expect(validateFeedbackRemovalLexicons(lexicons)).toEqual([]);
  });

  it('report a missing language or category', () => {
    const { de: _de, ...withoutGerman } = lexicons;
    expect(validateFeedbackRemovalLexicons(withoutGerman)).toContain('de: missing');
    expect(validateFeedbackRemovalLexicons({ ...lexicons, fr: { ...lexicons.fr, seller: [] } })).toContain(
      'fr.seller: must be a non-empty list of lower-case terms',
    );
  });
});

describe('removal: obscene language (DOMAIN.md §1.5)', () => {
  it.each([
    ['en', 'This seller is full of shit'],
    ['de', 'Scheiß Verkäufer'],
    ['es', 'Una mierda de servicio'],
    ['fr', 'Vendeur de merde'],
    ['it', 'Venditore stronzo'],
  ])('%s "%s"', (language, comment) => {
    const result = check(comment, language);
    expect(result.eligible).toBe(true);
    expect(result.reasons[0]).toMatchObject({ reason: 'OBSCENE_LANGUAGE', outcome: 'REMOVAL' });
  });
});

describe('removal: seller personal information', () => {
  it('finds e-mail addresses and phone numbers, and asks to confirm they are the seller’s', () => {
    const result = check('Call them on +49 30 1234 5678 or write to max.mustermann@example.de, useless', 'en');
    expect(result.reasons).toContainEqual({
      reason: 'SELLER_PERSONAL_INFORMATION',
      outcome: 'REMOVAL',
      evidence: ['max.mustermann@example.de', '+49 30 1234 5678'],
    });
    expect(result.hints).toContain('CONFIRM_INFORMATION_IS_SELLERS');
  });

  it('does not take dates, order ids or short numbers for phone numbers', () => {
    expect(findContactDetails('Ordered 12.05.2026, order 302-1234567-1234567, 3 items, 25 EUR')).toEqual({ emails: [], phones: [] });
  });

  it('always reminds the agent that full names are not detected', () => {
    expect(check('John Smith was rude on the phone', 'en').hints).toContain('CHECK_FOR_FULL_NAMES');
  });
});

describe('removal: the entire comment is a product review', () => {
  it.each([
    ['en', 'Poor quality, the size is too small and the colour is off.'],
    ['de', 'Schlechte Qualität, die Farbe passt nicht.'],
    ['es', 'Mala calidad, la talla es demasiado pequeña.'],
    ['fr', 'Mauvaise qualité, la taille est trop petite.'],
    ['it', 'Scarsa qualità, la taglia è troppo piccola.'],
  ])('%s "%s"', (language, comment) => {
    expect(reasonsOf(comment, language)).toEqual(['PRODUCT_REVIEW_ONLY']);
  });

  it('a comment mixing product and service stays', () => {
    const result = check('Poor quality and the seller never answered my message', 'en');
    expect(result.eligible).toBe(false);
    expect(result.hints).toContain('MIXED_COMMENT_STAYS');
  });
});

describe('strike-through: FBA fulfilment', () => {
  it('an FBA comment only about delivery or packaging is struck through', () => {
    const result = check('Arrived late and the box was crushed', 'en', { fulfillmentChannel: 'AFN' });
    expect(result.reasons).toEqual([
      { reason: 'FBA_FULFILMENT_ONLY', outcome: 'STRIKE_THROUGH', evidence: expect.arrayContaining(['late', 'box']) },
    ]);
    expect(reasonsOf('Lieferung kam verspätet, Verpackung beschädigt', 'de', { fulfillmentChannel: 'AFN' })).toEqual(['FBA_FULFILMENT_ONLY']);
  });

  it('not when the seller or the product is discussed, nor for seller-fulfilled orders', () => {
    expect(reasonsOf('Arrived late and the seller was rude', 'en', { fulfillmentChannel: 'AFN' })).toEqual([]);
    expect(reasonsOf('Arrived late and the box was crushed', 'en')).toEqual([]);
  });
});

describe('strike-through: Buy Shipping delay on an order shipped on time', () => {
  const onTime = { boughtShipping: true, shippedOnTime: true };
  it.each([
    ['en', 'Never arrived, still waiting after three weeks'],
    ['de', 'Lieferung verspätet, nie angekommen'],
    ['es', 'Nunca llegó, el envío tardó semanas'],
    ['fr', 'Livraison en retard, jamais reçu'],
    ['it', 'Consegna in ritardo, mai arrivato'],
  ])('%s "%s"', (language, comment) => {
    const result = check(comment, language, onTime);
    expect(result.reasons).toEqual([expect.objectContaining({ reason: 'BUY_SHIPPING_DELAY_ONLY', outcome: 'STRIKE_THROUGH' })]);
  });

  it('not without Buy Shipping or when shipped late: the agent is told why', () => {
    const noBuyShipping = check('Never arrived', 'en', { boughtShipping: false, shippedOnTime: true });
    expect(noBuyShipping.eligible).toBe(false);
    expect(noBuyShipping.hints).toContain('DELAY_NOT_PROTECTED_WITHOUT_ON_TIME_BUY_SHIPPING');
    expect(check('Never arrived', 'en', { boughtShipping: true, shippedOnTime: false }).eligible).toBe(false);
  });

  it('not when the comment is also about the seller', () => {
    expect(check('Never arrived and no refund from the seller', 'en', onTime).eligible).toBe(false);
  });
});

describe('comments the lists do not cover', () => {
  it('are not eligible and are flagged for reading by eye', () => {
    const result = check('Meh.', 'en');
    expect(result).toMatchObject({ eligible: false, reasons: [] });
    expect(result.hints).toContain('NOTHING_RECOGNISED');
  });

  it('a language without lists is read with all of them', () => {
    expect(reasonsOf('Vendeur de merde', 'nl')).toEqual(['OBSCENE_LANGUAGE']);
  });
});
