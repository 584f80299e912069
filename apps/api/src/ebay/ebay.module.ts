import { Module } from '@nestjs/common';
import { EbayRepository } from './ebay.repository';

/** eBay's own data: transactions and feedback, read by eBay's seller standards (DOMAIN.md §3). */
@Module({ providers: [EbayRepository], exports: [EbayRepository] })
export class EbayModule {}
