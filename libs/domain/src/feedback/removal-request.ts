/*
 * A request to Amazon to remove a negative feedback, and what came of it (DOMAIN.md §1.5). Removed and
 * struck-through feedback leave the rating and ODR; a denied request leaves it standing (and may be asked
 * again with another reason). A buyer may remove their own feedback at any time, request or not.
 */
export const FEEDBACK_REMOVAL_STATUSES = ['REQUESTED', 'REMOVED', 'STRUCK_THROUGH', 'DENIED', 'BUYER_REMOVED'] as const;
export type FeedbackRemovalStatus = (typeof FEEDBACK_REMOVAL_STATUSES)[number];

export const FEEDBACK_REMOVAL_RESULTS = ['REMOVED', 'STRUCK_THROUGH', 'DENIED', 'BUYER_REMOVED'] as const;
export type FeedbackRemovalResult = (typeof FEEDBACK_REMOVAL_RESULTS)[number];

/** Negative feedback is 1–2 stars (§1.5); the line is a setting (`negativeFeedbackMaxStars`). */
export function isNegativeFeedback(rating: number, maxStars = 2): boolean {
  return rating <= maxStars;
}

export interface FeedbackStanding {
  removedAt: number | null;
  struckThrough: boolean;
}

/** True while the feedback still counts: not removed, not struck through (§1.5). */
export function feedbackStands(f: FeedbackStanding): boolean {
  return f.removedAt === null && !f.struckThrough;
}

export type RemovalRequestRefusal = 'NOT_NEGATIVE' | 'ALREADY_GONE' | 'ALREADY_REQUESTED';

/** Why a removal may not be requested now, or null: only standing negative feedback, one request at a time. */
export function removalRequestRefusal(f: FeedbackStanding & { rating: number; removalStatus: FeedbackRemovalStatus | null }, maxStars = 2): RemovalRequestRefusal | null {
  if (!isNegativeFeedback(f.rating, maxStars)) return 'NOT_NEGATIVE';
  if (!feedbackStands(f)) return 'ALREADY_GONE';
  if (f.removalStatus === 'REQUESTED') return 'ALREADY_REQUESTED';
  return null;
}

export type RemovalOutcomeRefusal = 'NOT_REQUESTED' | 'ALREADY_GONE';

/**
 * Why an outcome may not be recorded, or null. Amazon's answers (removed, struck through, denied) need a
 * request waiting; the buyer removing their feedback needs only that it still stands.
 */
export function removalOutcomeRefusal(f: FeedbackStanding & { removalStatus: FeedbackRemovalStatus | null }, result: FeedbackRemovalResult): RemovalOutcomeRefusal | null {
  if (!feedbackStands(f)) return 'ALREADY_GONE';
  if (result !== 'BUYER_REMOVED' && f.removalStatus !== 'REQUESTED') return 'NOT_REQUESTED';
  return null;
}

/** What an outcome does to the stored feedback the ODR rules read. */
export function removalOutcomeEffect(result: FeedbackRemovalResult): { removed: boolean; struckThrough: boolean } {
  return { removed: result === 'REMOVED' || result === 'BUYER_REMOVED', struckThrough: result === 'STRUCK_THROUGH' };
}
