import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsNumber, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';
import { METRIC_KEYS, type MetricKey } from '@lifeline/domain';
import { HealthMetricKeyEnum } from './account-health.types';

@ObjectType('HealthThreshold', { description: "One metric's lines for a store: the store's own where edited, DOMAIN.md's defaults otherwise." })
export class HealthThresholdType {
  @Field(() => HealthMetricKeyEnum)
  key!: MetricKey;

  @Field(() => Boolean, { description: 'true for rates where up is good (valid tracking, on-time delivery).' })
  higherIsBetter!: boolean;

  @Field(() => Float, { nullable: true, description: 'Early-warning line as a fraction (0.008 = 0.8 %); null: no warning.' })
  warningAt!: number | null;

  @Field(() => Float, { nullable: true, description: 'Red line as a fraction; null when the marketplace publishes none.' })
  redLine!: number | null;

  @Field(() => Int, { nullable: true, description: "Rolling window in days; null where the marketplace's own look-back applies." })
  windowDays!: number | null;

  @Field(() => Float, { nullable: true })
  defaultWarningAt!: number | null;

  @Field(() => Float, { nullable: true })
  defaultRedLine!: number | null;

  @Field(() => Int, { nullable: true })
  defaultWindowDays!: number | null;

  @Field(() => Boolean, { description: 'The store has its own value for this metric.' })
  edited!: boolean;
}

@ObjectType('HealthThresholds')
export class HealthThresholdsType {
  @Field(() => ID)
  storeId!: string;

  @Field(() => Int, { description: '0 until the lines are first edited; send it back to save.' })
  version!: number;

  @Field(() => [HealthThresholdType])
  metrics!: HealthThresholdType[];
}

@InputType()
export class HealthThresholdInput {
  @Field(() => HealthMetricKeyEnum) @IsIn([...METRIC_KEYS]) key!: MetricKey;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() warningAt!: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() redLine!: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() windowDays!: number | null;
}

@InputType()
export class UpdateHealthThresholdsInput {
  @Field(() => ID) @IsUUID() storeId!: string;
  @Field(() => Int) @IsInt() @Min(0) version!: number;
  @Field(() => [HealthThresholdInput], { description: 'Every metric the store sets itself; a metric left out goes back to the default.' })
  @ValidateNested({ each: true })
  @Type(() => HealthThresholdInput)
  @ArrayMaxSize(METRIC_KEYS.length)
  metrics!: HealthThresholdInput[];
}
