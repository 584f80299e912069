import { feedbackStands, isNegativeFeedback } from '@lifeline/domain';
import type { SellerFeedbackType } from './dto/feedback.types';
import type { SellerFeedbackEntity } from './entities/seller-feedback.entity';

export function toSellerFeedbackType(f: SellerFeedbackEntity): SellerFeedbackType {
  return {
    id: f.id,
    organizationId: f.organizationId,
    storeId: f.storeId,
    marketplaceOrderId: f.marketplaceOrderId,
    rating: f.rating,
    comment: f.comment,
    leftAt: f.leftAt,
    removedAt: f.removedAt,
    struckThrough: f.struckThrough,
    countsInOdr: isNegativeFeedback(f.rating) && feedbackStands({ removedAt: f.removedAt?.getTime() ?? null, struckThrough: f.struckThrough }),
    ticketId: f.ticketId,
    removalStatus: f.removalStatus,
    removalReason: f.removalReason,
    removalRequestedAt: f.removalRequestedAt,
    removalOutcomeAt: f.removalOutcomeAt,
    version: f.version,
  };
}
