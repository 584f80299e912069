import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsUUID, Min } from 'class-validator';
import {
  FEEDBACK_REMOVAL_OUTCOME,
  FEEDBACK_REMOVAL_RESULTS,
  FEEDBACK_REMOVAL_STATUSES,
  type FeedbackRemovalReason,
  type FeedbackRemovalResult,
  type FeedbackRemovalStatus,
} from '@lifeline/domain';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
const REASONS = Object.keys(FEEDBACK_REMOVAL_OUTCOME) as FeedbackRemovalReason[];
export const FeedbackRemovalReasonEnum = enumOf(REASONS);
export const FeedbackRemovalStatusEnum = enumOf(FEEDBACK_REMOVAL_STATUSES);
export const FeedbackRemovalResultEnum = enumOf(FEEDBACK_REMOVAL_RESULTS);
registerEnumType(FeedbackRemovalReasonEnum, { name: 'FeedbackRemovalReason', description: 'The DOMAIN.md §1.5 grounds Amazon removes or strikes through feedback on.' });
registerEnumType(FeedbackRemovalStatusEnum, { name: 'FeedbackRemovalStatus' });
registerEnumType(FeedbackRemovalResultEnum, { name: 'FeedbackRemovalResult', description: 'REMOVED, STRUCK_THROUGH and BUYER_REMOVED take the feedback out of ODR; DENIED does not.' });

@ObjectType('FeedbackRemovalGround')
export class FeedbackRemovalGroundType {
  @Field(() => FeedbackRemovalReasonEnum) reason!: FeedbackRemovalReason;
  @Field(() => String, { description: 'REMOVAL or STRIKE_THROUGH.' }) outcome!: string;
  @Field(() => [String], { description: 'The words or contact details that ground it.' }) evidence!: string[];
}

@ObjectType('FeedbackRemovalEligibility')
export class FeedbackRemovalEligibilityType {
  @Field(() => Boolean) eligible!: boolean;
  @Field(() => [FeedbackRemovalGroundType]) reasons!: FeedbackRemovalGroundType[];
  @Field(() => [String], { description: 'Hints for the agent (libs/domain FeedbackRemovalHint).' }) hints!: string[];
}

@ObjectType('SellerFeedback')
export class SellerFeedbackType {
  @Field(() => ID) id!: string;
  organizationId!: string;
  @Field(() => ID) storeId!: string;
  @Field(() => String) marketplaceOrderId!: string;
  @Field(() => Int) rating!: number;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => Date) leftAt!: Date;
  @Field(() => Date, { nullable: true }) removedAt!: Date | null;
  @Field(() => Boolean) struckThrough!: boolean;
  @Field(() => Boolean, { description: 'Negative (1–2 stars), not removed and not struck through: an ODR defect.' }) countsInOdr!: boolean;
  @Field(() => ID, { nullable: true }) ticketId!: string | null;
  @Field(() => FeedbackRemovalStatusEnum, { nullable: true }) removalStatus!: FeedbackRemovalStatus | null;
  @Field(() => FeedbackRemovalReasonEnum, { nullable: true }) removalReason!: FeedbackRemovalReason | null;
  @Field(() => Date, { nullable: true }) removalRequestedAt!: Date | null;
  @Field(() => Date, { nullable: true }) removalOutcomeAt!: Date | null;
  @Field(() => Int) version!: number;
}

@InputType({ isAbstract: true })
class VersionedFeedbackInput {
  @Field(() => ID) @IsUUID('all', { message: 'feedbackId must be a feedback id' }) feedbackId!: string;
  @Field(() => Int, { description: 'The version last read; a stale one is refused with CONFLICT.' }) @IsInt() @Min(1) version!: number;
}

@InputType()
export class RequestFeedbackRemovalInput extends VersionedFeedbackInput {
  @Field(() => FeedbackRemovalReasonEnum) @IsIn(REASONS) reason!: FeedbackRemovalReason;
}

@InputType()
export class RecordFeedbackRemovalOutcomeInput extends VersionedFeedbackInput {
  @Field(() => FeedbackRemovalResultEnum) @IsIn([...FEEDBACK_REMOVAL_RESULTS]) outcome!: FeedbackRemovalResult;
}
