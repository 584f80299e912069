import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, ValidateNested } from 'class-validator';
import { RISK_REASON_CODES, SUPPORTED_LANGUAGES, type RiskDeadlineKind, type RiskReasonCode } from '@lifeline/domain';
import { JSONObjectScalar } from '../../common/json.scalar';
import { PageInfo } from '../../common/pagination';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const RiskReasonCodeEnum = enumOf(RISK_REASON_CODES);
export const RiskDeadlineKindEnum = enumOf(['A_TO_Z_RESPONSE', 'CHARGEBACK_RESPONSE', 'RETURN_RESPONSE', 'BUYER_MESSAGE_RESPONSE', 'SHIP_BY'] as const);
registerEnumType(RiskReasonCodeEnum, { name: 'RiskReasonCode', description: 'Why an order is at risk (libs/domain risk/scoring.ts).' });
registerEnumType(RiskDeadlineKindEnum, { name: 'RiskDeadlineKind' });

@ObjectType('RiskReason')
export class RiskReasonType {
  @Field(() => RiskReasonCodeEnum) code!: RiskReasonCode;
  @Field(() => Int, { description: 'Points at full strength (the setting).' }) weight!: number;
  @Field(() => Int, { description: 'What this reason alone scores, 0..weight.' }) points!: number;
  @Field(() => String, { description: 'English sentence for logs; the console translates code + params.' }) detail!: string;
  @Field(() => JSONObjectScalar, { description: 'Values for the translated sentence (days, hours, matches, rating …).' })
  params!: Record<string, unknown>;
}

@ObjectType('OrderRisk', { description: "An order's risk score with its reasons; in the high-risk pool when inPool." })
export class OrderRiskType {
  @Field(() => ID) id!: string;
  organizationId!: string;
  storeId!: string;
  @Field(() => String) marketplaceOrderId!: string;
  @Field(() => Int, { description: '0–100.' }) score!: number;
  @Field(() => [RiskReasonType], { description: 'Highest points first.' }) reasons!: RiskReasonType[];
  @Field(() => Date, { nullable: true, description: 'The nearest response or ship-by deadline (may be past).' }) nextDeadline!: Date | null;
  @Field(() => RiskDeadlineKindEnum, { nullable: true }) nextDeadlineKind!: RiskDeadlineKind | null;
  @Field(() => Boolean) inPool!: boolean;
  @Field(() => String, { nullable: true, description: "The buyer's language from the order's tickets." }) language!: string | null;
  @Field(() => String, { description: 'Order value as a decimal string ("129.90") in `currency`; "0" when unknown.' }) orderValue!: string;
  @Field(() => String, { nullable: true }) currency!: string | null;
  claimedById!: string | null;
  @Field(() => Date, { nullable: true }) claimedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Marked handled: out of the pool until a new reason appears.' }) resolvedAt!: Date | null;
  resolvedById!: string | null;
  @Field(() => String, { nullable: true }) resolutionNote!: string | null;
  @Field(() => Date) computedAt!: Date;
  @Field(() => Int) version!: number;
  /** Pool cursor parts, not in the schema. */
  orderValueMinor!: number;
}

@ObjectType('OrderRiskEdge')
export class OrderRiskEdge {
  @Field(() => String) cursor!: string;
  @Field(() => OrderRiskType) node!: OrderRiskType;
}

@ObjectType('OrderRiskConnection')
export class OrderRiskConnection {
  @Field(() => [OrderRiskEdge]) edges!: OrderRiskEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class RiskPoolFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() storeId?: string | null;
  @Field(() => String, { nullable: true, description: "The buyer's language (ISO 639-1)." }) @IsOptional() @IsIn([...SUPPORTED_LANGUAGES]) language?: string | null;
  @Field(() => RiskReasonCodeEnum, { nullable: true, description: 'Only orders with this reason.' }) @IsOptional() reason?: RiskReasonCode | null;
  @Field(() => ID, { nullable: true, description: 'Only orders this user claimed.' }) @IsOptional() @IsUUID() claimedBy?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Only the caller's claimed orders." }) @IsOptional() @IsBoolean() mine?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Only orders nobody claimed.' }) @IsOptional() @IsBoolean() unclaimed?: boolean | null;
}

@ObjectType('RiskWeight')
export class RiskWeightType {
  @Field(() => RiskReasonCodeEnum) code!: RiskReasonCode;
  @Field(() => Int) weight!: number;
}

@ObjectType('RiskValueBand')
export class RiskValueBandType {
  @Field(() => String, { description: 'Orders worth at least this (decimal string in the currency).' }) from!: string;
  @Field(() => Float, { description: 'Share of the HIGH_ORDER_VALUE weight, 0–1.' }) share!: number;
}

@ObjectType('RiskCurrencyBands')
export class RiskCurrencyBandsType {
  @Field(() => String) currency!: string;
  @Field(() => [RiskValueBandType]) bands!: RiskValueBandType[];
}

@ObjectType('RiskSettings', { description: "The organisation's risk weights, threshold and timings (defaults: libs/domain DEFAULT_RISK_SETTINGS)." })
export class RiskSettingsType {
  @Field(() => Int, { description: 'Orders scoring at or above this enter the pool.' }) threshold!: number;
  @Field(() => [RiskWeightType]) weights!: RiskWeightType[];
  @Field(() => [RiskCurrencyBandsType]) orderValueBands!: RiskCurrencyBandsType[];
  @Field(() => Float) trackingScanGraceHours!: number;
  @Field(() => Float) returnHandlingHours!: number;
  @Field(() => Int) repeatedContactsCount!: number;
  @Field(() => Float) repeatedContactsWithinHours!: number;
  @Field(() => Float) overdueFullAfterDays!: number;
  @Field(() => Float) aToZResponseHours!: number;
  @Field(() => Float) chargebackResponseDays!: number;
  @Field(() => Float) returnResponseHours!: number;
  @Field(() => Float) buyerMessageResponseHours!: number;
  @Field(() => Int, { description: '1 while the defaults apply.' }) version!: number;
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
}

@InputType()
export class RiskWeightInput {
  @Field(() => RiskReasonCodeEnum) @IsIn([...RISK_REASON_CODES]) code!: RiskReasonCode;
  @Field(() => Int) @IsInt() weight!: number;
}

@InputType()
export class RiskValueBandInput {
  @Field(() => String) @IsString() @Matches(/^\d{1,12}(\.\d{1,3})?$/, { message: 'from must be an amount such as 150.00' }) from!: string;
  @Field(() => Float) @IsNumber() share!: number;
}

@InputType()
export class RiskCurrencyBandsInput {
  @Field(() => String) @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as EUR' }) currency!: string;
  @Field(() => [RiskValueBandInput]) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => RiskValueBandInput) bands!: RiskValueBandInput[];
}

/** Fields left out keep their current value; weights not listed keep theirs. */
@InputType()
export class RiskSettingsInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() threshold?: number | null;
  @Field(() => [RiskWeightInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RiskWeightInput)
  weights?: RiskWeightInput[] | null;
  @Field(() => [RiskCurrencyBandsInput], { nullable: true, description: 'Replaces all bands when given.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RiskCurrencyBandsInput)
  orderValueBands?: RiskCurrencyBandsInput[] | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() trackingScanGraceHours?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() returnHandlingHours?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() repeatedContactsCount?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() repeatedContactsWithinHours?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() overdueFullAfterDays?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() aToZResponseHours?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() chargebackResponseDays?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() returnResponseHours?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() buyerMessageResponseHours?: number | null;
}
