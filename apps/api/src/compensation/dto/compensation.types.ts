import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import {
  COMPENSATION_KINDS,
  COMPENSATION_OUTCOMES,
  COMPENSATION_STATES,
  ROLES,
  type CompensationKind,
  type CompensationOutcome,
  type CompensationState,
  type Role,
} from '@lifeline/domain';
import { PageInfo } from '../../common/pagination';
import { RoleEnum } from '../../tenancy/dto/tenancy.types';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const CompensationKindEnum = enumOf(COMPENSATION_KINDS);
export const CompensationStateEnum = enumOf(COMPENSATION_STATES);
export const CompensationOutcomeEnum = enumOf(COMPENSATION_OUTCOMES);
registerEnumType(CompensationKindEnum, { name: 'CompensationKind' });
registerEnumType(CompensationStateEnum, { name: 'CompensationState', description: 'REQUESTED → APPROVED → EXECUTED, or REJECTED / FAILED.' });
registerEnumType(CompensationOutcomeEnum, {
  name: 'CompensationOutcome',
  description: 'What the compensation achieved; FEEDBACK_REMOVED, FEEDBACK_REVISED, CLAIM_WITHDRAWN and RETURN_AVOIDED count as defects avoided.',
});

/** Money crosses the API as decimal strings in the action's currency ("12.50", "1500" for JPY). */
const AMOUNT = /^\d{1,12}(\.\d{1,4})?$/;
const AMOUNT_MESSAGE = 'must be a positive decimal amount such as 12.50';

@ObjectType('CompensationPerson')
export class CompensationPersonType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('CompensationAction', { description: 'Compensation offered to a buyer on a ticket and its order. Amounts are decimal strings in `currency`.' })
export class CompensationActionType {
  @Field(() => ID) id!: string;
  @Field(() => ID) ticketId!: string;
  @Field(() => String, { nullable: true, description: "The ticket's subject (the approval inbox lists it)." }) ticketSubject!: string | null;
  @Field(() => ID) storeId!: string;
  @Field(() => String) storeName!: string;
  @Field(() => String, { nullable: true }) marketplaceOrderId!: string | null;
  @Field(() => CompensationKindEnum) kind!: CompensationKind;
  @Field(() => CompensationStateEnum) state!: CompensationState;
  @Field(() => String, { nullable: true, description: 'Refund amount, coupon value, item cost or label cost, as entered.' }) amount!: string | null;
  @Field(() => String, { nullable: true, description: 'Shipping cost of a reshipment or replacement.' }) shippingCost!: string | null;
  @Field(() => Float, { nullable: true, description: 'Partial refund by percent of the order value.' }) percent!: number | null;
  @Field(() => String, { nullable: true }) orderValue!: string | null;
  @Field(() => String, { description: 'What the seller pays; the limits are checked against it.' }) cost!: string;
  @Field(() => String) currency!: string;
  @Field(() => String) reason!: string;
  @Field(() => CompensationPersonType) requestedBy!: CompensationPersonType;
  @Field(() => RoleEnum) requestedRole!: Role;
  @Field(() => Date) requestedAt!: Date;
  @Field(() => Boolean, { description: 'Approved at once, within the requester’s limit.' }) autoApproved!: boolean;
  @Field(() => Date, { nullable: true, description: 'When a supervisor must have decided; null when no approval was needed.' }) approvalDueAt!: Date | null;
  @Field(() => CompensationPersonType, { nullable: true }) reviewedBy!: CompensationPersonType | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true }) reviewReason!: string | null;
  @Field(() => CompensationPersonType, { nullable: true }) executedBy!: CompensationPersonType | null;
  @Field(() => Date, { nullable: true }) executedAt!: Date | null;
  @Field(() => String, { nullable: true, description: "The marketplace's refund id, a tracking number, the coupon code …" }) executionReference!: string | null;
  @Field(() => String, { nullable: true }) failureReason!: string | null;
  @Field(() => CompensationOutcomeEnum, { nullable: true }) outcome!: CompensationOutcome | null;
  @Field(() => Date, { nullable: true }) outcomeAt!: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType('CompensationActionEdge')
export class CompensationActionEdge {
  @Field(() => String) cursor!: string;
  @Field(() => CompensationActionType) node!: CompensationActionType;
}

@ObjectType('CompensationActionConnection')
export class CompensationActionConnection {
  @Field(() => [CompensationActionEdge]) edges!: CompensationActionEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@ObjectType('CompensationHeadroom', { description: 'The limit hint: what the caller may still grant on the ticket’s order without approval.' })
export class CompensationHeadroomType {
  @Field(() => ID) ticketId!: string;
  @Field(() => String, { nullable: true }) marketplaceOrderId!: string | null;
  @Field(() => String) currency!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true, description: 'The caller’s limit per order; null: unlimited.' }) limit!: string | null;
  @Field(() => String, { description: 'Already granted or waiting on this order in this currency (rejected ones left out).' }) alreadyGranted!: string;
  @Field(() => String, { nullable: true, description: 'Left before a supervisor must approve; null: unlimited.' }) left!: string | null;
  @Field(() => String, { nullable: true }) orderValue!: string | null;
  @Field(() => String, { nullable: true, description: "The order's currency, the form's default." }) orderCurrency!: string | null;
}

@ObjectType('CompensationCurrencyLimit')
export class CompensationCurrencyLimitType {
  @Field(() => String) currency!: string;
  @Field(() => String) amount!: string;
}

@ObjectType('CompensationRoleLimits')
export class CompensationRoleLimitsType {
  @Field(() => RoleEnum) role!: Role;
  @Field(() => Boolean) unlimited!: boolean;
  @Field(() => [CompensationCurrencyLimitType], { description: 'Max total per order; a currency not listed has limit 0.' }) limits!: CompensationCurrencyLimitType[];
}

@ObjectType('CompensationSettings')
export class CompensationSettingsType {
  @Field(() => [CompensationRoleLimitsType]) roles!: CompensationRoleLimitsType[];
  @Field(() => Float, { description: 'Calendar hours a supervisor has to decide on a request above a limit.' }) approvalHours!: number;
  @Field(() => Int, { description: '0 while the defaults apply (nothing saved yet).' }) version!: number;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
}

@ObjectType('CompensationReportCost')
export class CompensationReportCostType {
  @Field(() => String) currency!: string;
  @Field(() => String) cost!: string;
  @Field(() => String, { nullable: true, description: 'Cost divided by defects avoided; null when none was avoided.' }) costPerDefectAvoided!: string | null;
}

@ObjectType('CompensationReportRow', { description: 'One store and month (UTC) of executed compensation.' })
export class CompensationReportRowType {
  @Field(() => ID) storeId!: string;
  @Field(() => String) storeName!: string;
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => Int) actions!: number;
  @Field(() => [CompensationReportCostType]) costs!: CompensationReportCostType[];
  @Field(() => Int, { description: 'Feedback removed or revised, claims withdrawn, returns avoided.' }) defectsAvoided!: number;
  @Field(() => Int) buyerSatisfied!: number;
  @Field(() => Int) noEffect!: number;
  @Field(() => Int) outcomePending!: number;
}

@InputType('CompensationOfferInput', { isAbstract: true })
export class CompensationOfferInput {
  @Field(() => CompensationKindEnum) @IsIn([...COMPENSATION_KINDS]) kind!: CompensationKind;
  @Field(() => String, { nullable: true, description: 'PARTIAL_REFUND by amount.' }) @IsOptional() @Matches(AMOUNT, { message: `amount ${AMOUNT_MESSAGE}` }) amount?: string | null;
  @Field(() => Float, { nullable: true, description: 'PARTIAL_REFUND by percent of the order value (above 0, at most 100).' })
  @IsOptional()
  @IsNumber({}, { message: 'percent must be a number' })
  @Min(0.01, { message: 'percent must be above 0' })
  @Max(100, { message: 'percent must be at most 100' })
  percent?: number | null;
  @Field(() => String, { nullable: true, description: 'RESHIPMENT / REPLACEMENT.' }) @IsOptional() @Matches(AMOUNT, { message: `itemCost ${AMOUNT_MESSAGE}` }) itemCost?: string | null;
  @Field(() => String, { nullable: true, description: 'RESHIPMENT / REPLACEMENT; 0 for free shipping.' }) @IsOptional() @Matches(AMOUNT, { message: `shippingCost ${AMOUNT_MESSAGE}` }) shippingCost?: string | null;
  @Field(() => String, { nullable: true, description: 'COUPON.' }) @IsOptional() @Matches(AMOUNT, { message: `couponValue ${AMOUNT_MESSAGE}` }) couponValue?: string | null;
  @Field(() => String, { nullable: true, description: 'PREPAID_RETURN_LABEL.' }) @IsOptional() @Matches(AMOUNT, { message: `labelCost ${AMOUNT_MESSAGE}` }) labelCost?: string | null;
  @Field(() => String, { nullable: true, description: "ISO 4217; defaults to the order's currency." }) @IsOptional() @IsString() @Length(3, 3, { message: 'currency must be an ISO 4217 code such as EUR' }) currency?: string | null;
  @Field(() => String) @IsString() @Length(1, 1000, { message: 'reason must be 1 to 1000 characters' }) reason!: string;
}

@InputType('RequestCompensationInput')
export class RequestCompensationInput extends CompensationOfferInput {
  @Field(() => ID) @IsUUID() ticketId!: string;
}

@InputType('EditCompensationInput')
export class EditCompensationInput extends CompensationOfferInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
}

@InputType('ReviewCompensationInput')
export class ReviewCompensationInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => String) @IsString() @Length(1, 1000, { message: 'reason must be 1 to 1000 characters' }) reason!: string;
}

@InputType('ExecuteCompensationInput')
export class ExecuteCompensationInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => String, { nullable: true, description: 'Required unless a marketplace connector executes it: the refund id, tracking number, coupon code …' })
  @IsOptional()
  @IsString()
  @Length(0, 200, { message: 'reference must be at most 200 characters' })
  reference?: string | null;
}

@InputType('RecordCompensationOutcomeInput')
export class RecordCompensationOutcomeInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => Int) @IsInt() @Min(1) version!: number;
  @Field(() => CompensationOutcomeEnum) @IsIn([...COMPENSATION_OUTCOMES]) outcome!: CompensationOutcome;
}

@InputType('CompensationCurrencyLimitInput')
export class CompensationCurrencyLimitInput {
  @Field(() => String) @IsString() @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' }) currency!: string;
  @Field(() => String) @Matches(AMOUNT, { message: `amount ${AMOUNT_MESSAGE}` }) amount!: string;
}

@InputType('CompensationRoleLimitsInput')
export class CompensationRoleLimitsInput {
  @Field(() => RoleEnum) @IsIn([...ROLES]) role!: Role;
  @Field(() => Boolean) @IsBoolean() unlimited!: boolean;
  @Field(() => [CompensationCurrencyLimitInput])
  @ValidateNested({ each: true })
  @Type(() => CompensationCurrencyLimitInput)
  @ArrayMaxSize(50)
  limits!: CompensationCurrencyLimitInput[];
}

@InputType('UpdateCompensationLimitsInput')
export class UpdateCompensationLimitsInput {
  @Field(() => Int, { description: 'The version read; 0 while the defaults apply.' }) @IsInt() @Min(0) version!: number;
  @Field(() => [CompensationRoleLimitsInput]) @ValidateNested({ each: true }) @Type(() => CompensationRoleLimitsInput) @ArrayMaxSize(3) limits!: CompensationRoleLimitsInput[];
  @Field(() => Float) @IsNumber() approvalHours!: number;
}
