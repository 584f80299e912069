import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { SUPPORTED_LANGUAGES, TICKET_CHANNELS, TICKET_PRIORITIES, TICKET_STATUSES, type TicketChannel, type TicketPriority, type TicketStatus } from '@lifeline/domain';
import { JSONObjectScalar } from '../../common/json.scalar';
import { PageInfo } from '../../common/pagination';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const TicketStatusEnum = enumOf(TICKET_STATUSES);
export const TicketPriorityEnum = enumOf(TICKET_PRIORITIES);
export const TicketChannelEnum = enumOf(TICKET_CHANNELS);
export const MessageDirectionEnum = enumOf(['INBOUND', 'OUTBOUND'] as const);
registerEnumType(TicketStatusEnum, { name: 'TicketStatus' });
registerEnumType(TicketPriorityEnum, { name: 'TicketPriority' });
registerEnumType(TicketChannelEnum, { name: 'TicketChannel' });
registerEnumType(MessageDirectionEnum, { name: 'MessageDirection' });

@ObjectType('Queue')
export class QueueType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => ID, { nullable: true }) storeId!: string | null;
  @Field(() => String, { nullable: true }) language!: string | null;
  @Field(() => Boolean) isFallback!: boolean;
  @Field(() => Boolean) isSupervisorQueue!: boolean;
  @Field(() => Int, { description: 'Tickets in NEW, OPEN or WAITING_ON_BUYER.' }) openCount!: number;
  @Field(() => Int) unassignedCount!: number;
}

@ObjectType('LanguageCount')
export class LanguageCount {
  @Field(() => String) language!: string;
  @Field(() => Int) openCount!: number;
}

@ObjectType('Attachment')
export class AttachmentType {
  @Field(() => String) filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) sizeBytes!: number;
}

@ObjectType('Message')
export class MessageType {
  @Field(() => ID) id!: string;
  ticketId!: string;
  @Field(() => MessageDirectionEnum) direction!: 'INBOUND' | 'OUTBOUND';
  @Field(() => String, { nullable: true }) fromAddress!: string | null;
  @Field(() => String, { nullable: true }) fromName!: string | null;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => String) language!: string;
  @Field(() => Date, { description: 'Received from the buyer, or written by the agent.' }) sentAt!: Date;
  authorId!: string | null;
  @Field(() => ID, { nullable: true }) templateId!: string | null;
  @Field(() => Boolean) noResponseNeeded!: boolean;
  @Field(() => Boolean) isAutoReply!: boolean;
  @Field(() => String, { nullable: true, description: 'QUEUED, SENT or FAILED for replies.' }) deliveryStatus!: string | null;
  @Field(() => [AttachmentType]) attachments!: AttachmentType[];
}

@ObjectType('TicketNote')
export class TicketNoteType {
  @Field(() => ID) id!: string;
  authorId!: string;
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('TimelineEvent')
export class TimelineEventType {
  @Field(() => ID) id!: string;
  @Field(() => String) type!: string;
  @Field(() => String, { description: 'USER, BUYER, SYSTEM or CONNECTOR.' }) actorType!: string;
  actorId!: string | null;
  @Field(() => JSONObjectScalar) data!: Record<string, unknown>;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('Ticket')
export class TicketType {
  @Field(() => ID) id!: string;
  organizationId!: string;
  storeId!: string;
  queueId!: string;
  assigneeId!: string | null;
  @Field(() => TicketChannelEnum) channel!: TicketChannel;
  @Field(() => String) subject!: string;
  @Field(() => String) language!: string;
  @Field(() => String, { description: 'DETECTED, FALLBACK (store default) or AGENT.' }) languageSource!: string;
  @Field(() => TicketStatusEnum) status!: TicketStatus;
  @Field(() => TicketPriorityEnum) priority!: TicketPriority;
  @Field(() => Date, { nullable: true, description: 'The nearest deadline; null when none runs.' }) dueAt!: Date | null;
  @Field(() => String, { nullable: true }) marketplaceOrderId!: string | null;
  @Field(() => String) buyerAddress!: string;
  @Field(() => String, { nullable: true }) buyerName!: string | null;
  @Field(() => ID, { nullable: true }) mergedIntoId!: string | null;
  @Field(() => Date) lastMessageAt!: Date;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('TicketEdge')
export class TicketEdge {
  @Field(() => String) cursor!: string;
  @Field(() => TicketType) node!: TicketType;
}

@ObjectType('TicketConnection')
export class TicketConnection {
  @Field(() => [TicketEdge]) edges!: TicketEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class TicketFilterInput {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() queueId?: string | null;
  @Field(() => [TicketStatusEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(5) statuses?: TicketStatus[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn([...SUPPORTED_LANGUAGES]) language?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() assigneeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only tickets nobody is assigned to.' }) @IsOptional() @IsBoolean() unassigned?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Only the caller's tickets." }) @IsOptional() @IsBoolean() mine?: boolean | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() storeId?: string | null;
  @Field(() => TicketChannelEnum, { nullable: true }) @IsOptional() channel?: TicketChannel | null;
}

@InputType({ isAbstract: true })
class VersionedTicketInput {
  @Field(() => ID) @IsUUID('all', { message: 'ticketId must be a ticket id' }) ticketId!: string;
  @Field(() => Int, { description: 'The version last read; a stale one is refused with CONFLICT.' }) @IsInt() @Min(1) version!: number;
}

@InputType()
export class ReplyToTicketInput extends VersionedTicketInput {
  @Field(() => String) @IsString() @Length(1, 20_000, { message: 'body must be 1 to 20000 characters' }) body!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() templateId?: string | null;
  @Field(() => TicketStatusEnum, { nullable: true, description: 'Status after the reply; WAITING_ON_BUYER by default.' })
  @IsOptional()
  status?: TicketStatus | null;
}

@InputType()
export class AssignTicketInput extends VersionedTicketInput {
  @Field(() => ID, { nullable: true, description: 'null unassigns.' }) @IsOptional() @IsUUID() assigneeId?: string | null;
}

@InputType()
export class SetTicketStatusInput extends VersionedTicketInput {
  @Field(() => TicketStatusEnum) status!: TicketStatus;
}

@InputType()
export class SetTicketPriorityInput extends VersionedTicketInput {
  @Field(() => TicketPriorityEnum) priority!: TicketPriority;
}

@InputType()
export class SetTicketLanguageInput extends VersionedTicketInput {
  @Field(() => String) @IsIn([...SUPPORTED_LANGUAGES], { message: `language must be one of ${SUPPORTED_LANGUAGES.join(', ')}` }) language!: string;
}

@InputType()
export class AddTicketNoteInput extends VersionedTicketInput {
  @Field(() => String) @IsString() @Length(1, 10_000, { message: 'body must be 1 to 10000 characters' }) body!: string;
}

@InputType()
export class MarkMessageNoResponseNeededInput {
  @Field(() => ID) @IsUUID('all', { message: 'messageId must be a message id' }) messageId!: string;
  @Field(() => Int, { description: "The ticket's version last read; a stale one is refused with CONFLICT." }) @IsInt() @Min(1) ticketVersion!: number;
  @Field(() => String, { description: 'Why no answer is needed (shown on the timeline).' }) @IsString() @Length(1, 500, { message: 'reason must be 1 to 500 characters' }) reason!: string;
}

@InputType()
export class MergeTicketsInput {
  @Field(() => ID, { description: 'The ticket that goes away; its messages move to the target.' }) @IsUUID() sourceTicketId!: string;
  @Field(() => Int) @IsInt() @Min(1) sourceVersion!: number;
  @Field(() => ID) @IsUUID() targetTicketId!: string;
  @Field(() => Int) @IsInt() @Min(1) targetVersion!: number;
}

@ObjectType('ReplyTemplateTranslation')
export class ReplyTemplateTranslationType {
  @Field(() => String) language!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
}

@ObjectType('ReplyTemplate')
export class ReplyTemplateType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) category!: string;
  @Field(() => Int) version!: number;
  @Field(() => [ReplyTemplateTranslationType]) translations!: ReplyTemplateTranslationType[];
}

@ObjectType('RenderedReplyTemplate')
export class RenderedReplyTemplateType {
  @Field(() => ID) templateId!: string;
  @Field(() => String, { description: 'The translation used: the ticket language when there is one.' }) language!: string;
  @Field(() => String) subject!: string;
  @Field(() => String) body!: string;
  @Field(() => [String], { description: 'Variables without a value on this ticket (rendered empty).' }) missing!: string[];
}

@InputType()
export class ReplyTemplateTranslationInput {
  @Field(() => String) @IsIn([...SUPPORTED_LANGUAGES]) language!: string;
  @Field(() => String) @IsString() @Length(0, 300) subject!: string;
  @Field(() => String) @IsString() @Length(1, 20_000) body!: string;
}

@InputType()
export class SaveReplyTemplateInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => Int, { nullable: true, description: 'Required when updating.' }) @IsOptional() @IsInt() version?: number | null;
  @Field(() => String) @IsString() @Length(1, 120) name!: string;
  @Field(() => String, { defaultValue: 'GENERAL' }) @IsString() @Length(1, 60) category!: string;
  @Field(() => [ReplyTemplateTranslationInput]) @ValidateNested({ each: true }) @Type(() => ReplyTemplateTranslationInput) @ArrayMaxSize(20) translations!: ReplyTemplateTranslationInput[];
}

@ObjectType('RoutingRule')
export class RoutingRuleType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Int, { description: 'Rules are tried in ascending priority.' }) priority!: number;
  @Field(() => ID) queueId!: string;
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => [ID], { nullable: true }) storeIds!: string[] | null;
  @Field(() => [TicketChannelEnum], { nullable: true }) channels!: TicketChannel[] | null;
  @Field(() => [String], { nullable: true }) languages!: string[] | null;
  @Field(() => [String], { nullable: true }) subjectContains!: string[] | null;
  @Field(() => [String], { nullable: true }) bodyContains!: string[] | null;
  @Field(() => Boolean, { nullable: true }) hasOrderId!: boolean | null;
}

@InputType()
export class SaveQueueInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => String) @IsString() @Length(1, 80, { message: 'name must be 1 to 80 characters' }) name!: string;
  @Field(() => ID, { nullable: true, description: 'null: every store.' }) @IsOptional() @IsUUID() storeId?: string | null;
  @Field(() => String, { nullable: true, description: 'null: every language.' })
  @IsOptional()
  @IsIn([...SUPPORTED_LANGUAGES], { message: `language must be one of ${SUPPORTED_LANGUAGES.join(', ')}` })
  language?: string | null;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() isFallback!: boolean;
  @Field(() => Boolean, { defaultValue: false }) @IsBoolean() isSupervisorQueue!: boolean;
}

@InputType()
export class SaveRoutingRuleInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create.' }) @IsOptional() @IsUUID() id?: string | null;
  @Field(() => String) @IsString() @Length(1, 120) name!: string;
  @Field(() => Int) @IsInt() priority!: number;
  @Field(() => ID) @IsUUID() queueId!: string;
  @Field(() => Boolean, { defaultValue: true }) @IsBoolean() enabled!: boolean;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID('all', { each: true }) @ArrayMaxSize(50) storeIds?: string[] | null;
  @Field(() => [TicketChannelEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(6) channels?: TicketChannel[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsIn([...SUPPORTED_LANGUAGES], { each: true }) languages?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) subjectContains?: string[] | null;
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(20) @IsString({ each: true }) bodyContains?: string[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() hasOrderId?: boolean | null;
}
