import { feedbackStands, isNegativeFeedback, removalOutcomeEffect, removalOutcomeRefusal, removalRequestRefusal } from './removal-request';

const standing = { removedAt: null, struckThrough: false };

describe('feedback removal requests (DOMAIN.md §1.5)', () => {
  it('negative feedback is 1–2 stars', () => {
    expect([1, 2, 3, 4, 5].map((r) => isNegativeFeedback(r))).toEqual([true, true, false, false, false]);
  });
  it('a removal is asked for standing negative feedback, one request at a time', () => {
    expect(removalRequestRefusal({ ...standing, rating: 1, removalStatus: null })).toBeNull();
    expect(removalRequestRefusal({ ...standing, rating: 2, removalStatus: 'DENIED' })).toBeNull();
    expect(removalRequestRefusal({ ...standing, rating: 3, removalStatus: null })).toBe('NOT_NEGATIVE');
    expect(removalRequestRefusal({ ...standing, rating: 1, removalStatus: 'REQUESTED' })).toBe('ALREADY_REQUESTED');
    expect(removalRequestRefusal({ removedAt: 1, struckThrough: false, rating: 1, removalStatus: 'REMOVED' })).toBe('ALREADY_GONE');
  });
  it("Amazon's answer needs a request; the buyer may remove their feedback any time", () => {
    expect(removalOutcomeRefusal({ ...standing, removalStatus: 'REQUESTED' }, 'REMOVED')).toBeNull();
    expect(removalOutcomeRefusal({ ...standing, removalStatus: null }, 'DENIED')).toBe('NOT_REQUESTED');
    expect(removalOutcomeRefusal({ ...standing, removalStatus: null }, 'BUYER_REMOVED')).toBeNull();
    expect(removalOutcomeRefusal({ removedAt: 1, struckThrough: false, removalStatus: 'REMOVED' }, 'BUYER_REMOVED')).toBe('ALREADY_GONE');
  });
  it('removed and struck-through feedback leave ODR; a denial changes nothing', () => {
    expect(removalOutcomeEffect('REMOVED')).toEqual({ removed: true, struckThrough: false });
    expect(removalOutcomeEffect('BUYER_REMOVED')).toEqual({ removed: true, struckThrough: false });
    expect(removalOutcomeEffect('STRUCK_THROUGH')).toEqual({ removed: false, struckThrough: true });
    expect(removalOutcomeEffect('DENIED')).toEqual({ removed: false, struckThrough: false });
    expect(feedbackStands({ removedAt: null, struckThrough: true })).toBe(false);
  });
});
