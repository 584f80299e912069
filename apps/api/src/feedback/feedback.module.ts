import { Module } from '@nestjs/common';
import { FeedbackRepository } from './feedback.repository';

/** Seller feedback (ARCHITECTURE.md "feedback"). */
@Module({ providers: [FeedbackRepository], exports: [FeedbackRepository] })
export class FeedbackModule {}
