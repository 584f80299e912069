import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import {
  CLAIM_CASE_STATUSES,
  CLAIM_DESK_DECISIONS,
  CLAIM_KINDS,
  EVIDENCE_ITEMS,
  type ClaimCaseStatus,
  type ClaimDeskDecision,
  type ClaimKind,
  type EvidenceItemKey,
  type EvidenceState,
} from '@lifeline/domain';
import { JSONObjectScalar } from '../../common/json.scalar';
import { PageInfo } from '../../common/pagination';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const ClaimKindEnum = enumOf(CLAIM_KINDS);
export const ClaimCaseStatusEnum = enumOf(CLAIM_CASE_STATUSES);
export const ClaimDecisionEnum = enumOf(CLAIM_DESK_DECISIONS);
export const EvidenceItemKeyEnum = enumOf(EVIDENCE_ITEMS);
export const EvidenceStateEnum = enumOf(['PRESENT', 'MISSING', 'NOT_APPLICABLE'] as const);
export const ClaimDeadlineKindEnum = enumOf(['RESPONSE', 'APPEAL'] as const);
registerEnumType(ClaimKindEnum, { name: 'ClaimKind', description: 'A_TO_Z: A-to-z Guarantee claim (DOMAIN.md §1.6); CHARGEBACK: card chargeback (§1.7).' });
registerEnumType(ClaimCaseStatusEnum, { name: 'ClaimCaseStatus', description: 'OPEN → RESPONDED → DECIDED; DECIDED → APPEALED → DECIDED.' });
registerEnumType(ClaimDecisionEnum, { name: 'ClaimDecision', description: 'What Amazon or the buyer decided; only FOR_SELLER and WITHDRAWN leave ODR.' });
registerEnumType(EvidenceItemKeyEnum, { name: 'ClaimEvidenceItemKey' });
registerEnumType(EvidenceStateEnum, { name: 'ClaimEvidenceState' });
registerEnumType(ClaimDeadlineKindEnum, { name: 'ClaimDeadlineKind' });

@ObjectType('ClaimEvidenceItem')
export class ClaimEvidenceItemType {
  @Field(() => EvidenceItemKeyEnum) key!: EvidenceItemKey;
  @Field(() => EvidenceStateEnum) state!: EvidenceState;
  @Field(() => String, { description: 'One English sentence for the response to Amazon.' }) detail!: string;
  @Field(() => JSONObjectScalar, { description: 'The values in `detail`, for a translated sentence.' }) params!: Record<string, string | number>;
}

@ObjectType('ClaimHistoryEntry')
export class ClaimHistoryEntryType {
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'OPENED, TICKET_LINKED, RESPONDED, DECIDED or APPEALED.' }) action!: string;
  @Field(() => ClaimCaseStatusEnum) status!: ClaimCaseStatus;
  @Field(() => ClaimDecisionEnum, { nullable: true }) decision!: ClaimDeskDecision | null;
  @Field(() => ID, { nullable: true, description: 'The user; null for the marketplace or the system.' }) userId!: string | null;
  @Field(() => String, { nullable: true }) text!: string | null;
}

@ObjectType('Claim')
export class ClaimType {
  @Field(() => ID) id!: string;
  organizationId!: string;
  @Field(() => ID) storeId!: string;
  @Field(() => ClaimKindEnum) kind!: ClaimKind;
  @Field(() => String) marketplaceClaimId!: string;
  @Field(() => String) marketplaceOrderId!: string;
  @Field(() => Date) openedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Decimal string, e.g. "14.90".' }) amount!: string | null;
  @Field(() => String, { nullable: true }) currency!: string | null;
  @Field(() => ClaimCaseStatusEnum) caseStatus!: ClaimCaseStatus;
  @Field(() => ClaimDecisionEnum, { nullable: true }) decision!: ClaimDeskDecision | null;
  @Field(() => Boolean, { description: 'True while the claim is an ODR defect (DOMAIN.md §1.6 "Counted in ODR").' }) countsInOdr!: boolean;
  @Field(() => String, { nullable: true, description: 'SERVICE or FRAUD (chargebacks only).' }) chargebackType!: string | null;
  @Field(() => ID, { nullable: true }) ticketId!: string | null;
  @Field(() => Date, { description: '48 h after the information request (A-to-z), 7 days after the e-mail (chargeback).' }) respondBy!: Date;
  @Field(() => Date, { nullable: true, description: 'The deadline the desk works to now; null when the next move is Amazon’s.' }) dueAt!: Date | null;
  @Field(() => ClaimDeadlineKindEnum, { nullable: true }) deadlineKind!: 'RESPONSE' | 'APPEAL' | null;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => String, { nullable: true }) responseText!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => ID, { nullable: true }) decidedBy!: string | null;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => Date, { nullable: true, description: '30 days after a seller-funded grant of an A-to-z claim.' }) appealBy!: Date | null;
  @Field(() => Date, { nullable: true }) appealedAt!: Date | null;
  @Field(() => String, { nullable: true }) appealText!: string | null;
  @Field(() => Boolean) appealable!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the claim cannot be appealed now.' }) appealRefusal!: string | null;
  @Field(() => [ClaimHistoryEntryType]) history!: ClaimHistoryEntryType[];
  @Field(() => Int) version!: number;
}

@ObjectType('ClaimEdge')
export class ClaimEdge {
  @Field(() => String) cursor!: string;
  @Field(() => ClaimType) node!: ClaimType;
}

@ObjectType('ClaimConnection')
export class ClaimConnection {
  @Field(() => [ClaimEdge]) edges!: ClaimEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class ClaimFilterInput {
  @Field(() => ClaimCaseStatusEnum, { nullable: true }) @IsOptional() @IsIn([...CLAIM_CASE_STATUSES]) status?: ClaimCaseStatus | null;
  @Field(() => ClaimKindEnum, { nullable: true }) @IsOptional() @IsIn([...CLAIM_KINDS]) kind?: ClaimKind | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() storeId?: string | null;
}

@InputType({ isAbstract: true })
class VersionedClaimInput {
  @Field(() => ID) @IsUUID('all', { message: 'id must be a claim id' }) id!: string;
  @Field(() => Int, { description: 'The version last read; a stale one is refused with CONFLICT.' }) @IsInt() @Min(1) version!: number;
}

@InputType()
export class RespondToClaimInput extends VersionedClaimInput {
  @Field(() => String, { description: 'The response sent to Amazon (information, representment).' })
  @IsString()
  @Length(1, 20_000, { message: 'response must be 1 to 20000 characters' })
  response!: string;
}

@InputType()
export class DecideClaimInput extends VersionedClaimInput {
  @Field(() => ClaimDecisionEnum) @IsIn([...CLAIM_DESK_DECISIONS]) decision!: ClaimDeskDecision;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(0, 5_000, { message: 'note must be at most 5000 characters' }) note?: string | null;
}

@InputType()
export class AppealClaimInput extends VersionedClaimInput {
  @Field(() => String, { description: 'The appeal sent to Amazon.' }) @IsString() @Length(1, 20_000, { message: 'text must be 1 to 20000 characters' }) text!: string;
}
