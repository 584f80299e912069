import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import {
  ESCALATION_ACTIONS,
  SLA_CLOCK_KINDS,
  SLA_POLICY_CLOCK_KINDS,
  SLA_CLOCK_STATUSES,
  TICKET_CHANNELS,
  type EscalationAction,
  type EscalationTrigger,
  type SlaClockKind,
  type SlaClockStatus,
  type SlaHours,
  type TicketChannel,
} from '@lifeline/domain';
import { JSONObjectScalar } from '../../common/json.scalar';
import { TicketChannelEnum } from '../../tickets/dto/ticket.types';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const SlaClockKindEnum = enumOf(SLA_CLOCK_KINDS);
export const SlaClockStatusEnum = enumOf(SLA_CLOCK_STATUSES);
export const SlaHoursEnum = enumOf(['CALENDAR', 'BUSINESS'] as const);
export const SlaEscalationActionEnum = enumOf(ESCALATION_ACTIONS);
export const SlaEscalationTriggerEnum = enumOf(['WARNING', 'BREACH'] as const);
registerEnumType(SlaClockKindEnum, { name: 'SlaClockKind' });
registerEnumType(SlaClockStatusEnum, { name: 'SlaClockStatus' });
registerEnumType(SlaHoursEnum, { name: 'SlaHours', description: 'CALENDAR: every hour counts. BUSINESS: only the team calendar’s opening hours.' });
registerEnumType(SlaEscalationActionEnum, { name: 'SlaEscalationAction' });
registerEnumType(SlaEscalationTriggerEnum, { name: 'SlaEscalationTrigger' });

@ObjectType('SlaClock', { description: 'One running (or finished) SLA target on a ticket.' })
export class SlaClockType {
  @Field(() => ID) id!: string;
  @Field(() => SlaClockKindEnum) kind!: SlaClockKind;
  @Field(() => SlaClockStatusEnum) status!: SlaClockStatus;
  @Field(() => SlaHoursEnum) hours!: SlaHours;
  @Field(() => ID, { nullable: true, description: 'The message that started it.' }) messageId!: string | null;
  @Field(() => Date) startedAt!: Date;
  @Field(() => Date) dueAt!: Date;
  @Field(() => Date, { nullable: true }) warnAt!: Date | null;
  @Field(() => Date, { nullable: true }) warnedAt!: Date | null;
  @Field(() => Date, { nullable: true }) metAt!: Date | null;
  @Field(() => Date, { nullable: true }) breachedAt!: Date | null;
  @Field(() => Date, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'While PAUSED: since when.' }) pausedAt!: Date | null;
  @Field(() => Int, { description: 'Time spent paused so far.' }) pausedSeconds!: number;
  @Field(() => Int, { description: 'Highest escalation level fired; 0 for none.' }) escalationLevel!: number;
}

@ObjectType('SlaWarningPoint', { description: 'Exactly one of the two is set.' })
export class SlaWarningPointType {
  @Field(() => Float, { nullable: true, description: 'Warn when this share of the target has elapsed, e.g. 75.' }) elapsedPercent!: number | null;
  @Field(() => Int, { nullable: true, description: 'Warn this long before the due time.' }) minutesBeforeDue!: number | null;
}

@ObjectType('SlaEscalationLevel')
export class SlaEscalationLevelType {
  @Field(() => Int) level!: number;
  @Field(() => SlaEscalationTriggerEnum) on!: EscalationTrigger;
  @Field(() => [SlaEscalationActionEnum]) actions!: EscalationAction[];
}

@ObjectType('SlaTarget')
export class SlaTargetType {
  @Field(() => SlaClockKindEnum) kind!: SlaClockKind;
  @Field(() => Boolean, { description: 'false: this clock does not run under the policy (the other fields show the defaults).' }) enabled!: boolean;
  @Field(() => Int) targetMinutes!: number;
  @Field(() => SlaHoursEnum) hours!: SlaHours;
  @Field(() => SlaWarningPointType) warning!: SlaWarningPointType;
  @Field(() => [SlaEscalationLevelType]) escalation!: SlaEscalationLevelType[];
}

@ObjectType('SlaPolicy', { description: 'Targets for a store and/or channel, or (both null) the organisation default. The most specific applies.' })
export class SlaPolicyType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ID, { nullable: true }) storeId!: string | null;
  @Field(() => TicketChannelEnum, { nullable: true }) channel!: TicketChannel | null;
  @Field(() => [SlaTargetType]) targets!: SlaTargetType[];
  @Field(() => Int) version!: number;
  @Field(() => Date) updatedAt!: Date;
}

@ObjectType('BusinessCalendar', { description: 'Opening hours for business-hours targets: per store, or (store null) the organisation’s.' })
export class BusinessCalendarType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ID, { nullable: true }) storeId!: string | null;
  @Field(() => JSONObjectScalar, { description: "{ kind: '24x7' } or { kind: 'business', timeZone, weekly: { mon: [{ start, end }] … }, holidays }" })
  calendar!: Record<string, unknown>;
  @Field(() => Int) version!: number;
}

@InputType()
export class SlaWarningPointInput {
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(1) @Max(99) elapsedPercent?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) minutesBeforeDue?: number | null;
}

@InputType()
export class SlaEscalationLevelInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(9) level!: number;
  @Field(() => SlaEscalationTriggerEnum) @IsIn(['WARNING', 'BREACH']) on!: EscalationTrigger;
  @Field(() => [SlaEscalationActionEnum]) @ArrayMaxSize(4) @IsIn([...ESCALATION_ACTIONS], { each: true }) actions!: EscalationAction[];
}

@InputType()
export class SlaTargetInput {
  @Field(() => SlaClockKindEnum) @IsIn([...SLA_POLICY_CLOCK_KINDS]) kind!: SlaClockKind;
  @Field(() => Boolean, { defaultValue: true }) @IsBoolean() enabled!: boolean;
  @Field(() => Int) @IsInt() @Min(1) @Max(366 * 24 * 60) targetMinutes!: number;
  @Field(() => SlaHoursEnum) @IsIn(['CALENDAR', 'BUSINESS']) hours!: SlaHours;
  @Field(() => SlaWarningPointInput) @ValidateNested() @Type(() => SlaWarningPointInput) warning!: SlaWarningPointInput;
  @Field(() => [SlaEscalationLevelInput]) @ValidateNested({ each: true }) @Type(() => SlaEscalationLevelInput) @ArrayMaxSize(9) escalation!: SlaEscalationLevelInput[];
}

@InputType()
export class SaveSlaPolicyInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => Int, { nullable: true, description: 'Required when updating.' }) @IsOptional() @IsInt() version?: number | null;
  @Field(() => String) @IsString() @Length(1, 120) name!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() storeId?: string | null;
  @Field(() => TicketChannelEnum, { nullable: true }) @IsOptional() @IsIn([...TICKET_CHANNELS]) channel?: TicketChannel | null;
  @Field(() => [SlaTargetInput], { description: 'Targets to set; kinds left out keep their current (or default) setting.' })
  @ValidateNested({ each: true })
  @Type(() => SlaTargetInput)
  @ArrayMaxSize(SLA_POLICY_CLOCK_KINDS.length)
  targets!: SlaTargetInput[];
}

@InputType()
export class SaveBusinessCalendarInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => Int, { nullable: true, description: 'Required when updating.' }) @IsOptional() @IsInt() version?: number | null;
  @Field(() => String) @IsString() @Length(1, 120) name!: string;
  @Field(() => ID, { nullable: true, description: 'null: the organisation’s calendar.' }) @IsOptional() @IsUUID() storeId?: string | null;
  @Field(() => JSONObjectScalar) @IsObject() calendar!: Record<string, unknown>;
}

@ObjectType('LateResponseWindow')
export class LateResponseWindowType {
  @Field(() => Int) days!: number;
  @Field(() => Float, { nullable: true, description: 'Late ÷ counted messages as a fraction (0.05 = 5 %); null with no messages.' }) rate!: number | null;
  @Field(() => Int, { description: 'Answered after 24 h, or unanswered 24 h after arrival.' }) lateCount!: number;
  @Field(() => Int, { description: 'Messages counted: received in the window, not marked no response needed, 24 h passed or answered.' }) messageCount!: number;
  @Field(() => String, { description: 'OK, WARNING or BREACH against the lines in settings.' }) status!: string;
  @Field(() => Float, { nullable: true }) warningAt!: number | null;
  @Field(() => Float, { nullable: true }) redLine!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean time to the first real reply, for the answered messages of the window.' }) averageResponseSeconds!: number | null;
  @Field(() => Date) windowStart!: Date;
  @Field(() => Date) windowEnd!: Date;
}

@ObjectType('LateResponseRate', { description: "Amazon's late response rate for a store (DOMAIN.md §1.3): per buyer message, 24 calendar hours." })
export class LateResponseRateType {
  @Field(() => ID) storeId!: string;
  @Field(() => Date, { description: 'Computed as of this database time.' }) asOf!: Date;
  @Field(() => Int) responseHours!: number;
  @Field(() => LateResponseWindowType) last7Days!: LateResponseWindowType;
  @Field(() => LateResponseWindowType) last30Days!: LateResponseWindowType;
  @Field(() => LateResponseWindowType) last90Days!: LateResponseWindowType;
}
