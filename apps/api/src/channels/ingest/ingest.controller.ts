import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CurrentStore, StoreKeyAuth } from '../../tenancy/store-key.guard';
import type { StoreCaller } from '../../tenancy/store-api-key.service';
import { IngestService, type IngestResult } from './ingest.service';

/**
 * REST for connectors and scripts: each route takes a JSON array of rows for the store the API key belongs
 * to, and answers how many were created, updated, unchanged and rejected (with the reason per rejection).
 */
@Controller('api/v1')
@StoreKeyAuth()
export class IngestController {
  constructor(private readonly ingest: IngestService) {}

  @Post('orders')
  @HttpCode(200)
  orders(@CurrentStore() store: StoreCaller, @Body() body: unknown): Promise<IngestResult> {
    return this.ingest.ingest(store, 'orders', body);
  }

  @Post('feedback')
  @HttpCode(200)
  feedback(@CurrentStore() store: StoreCaller, @Body() body: unknown): Promise<IngestResult> {
    return this.ingest.ingest(store, 'feedback', body);
  }

  @Post('claims')
  @HttpCode(200)
  claims(@CurrentStore() store: StoreCaller, @Body() body: unknown): Promise<IngestResult> {
    return this.ingest.ingest(store, 'claims', body);
  }

  @Post('returns')
  @HttpCode(200)
  returns(@CurrentStore() store: StoreCaller, @Body() body: unknown): Promise<IngestResult> {
    return this.ingest.ingest(store, 'returns', body);
  }

  @Post('ebay/transactions')
  @HttpCode(200)
  ebayTransactions(@CurrentStore() store: StoreCaller, @Body() body: unknown): Promise<IngestResult> {
    return this.ingest.ingest(store, 'ebay-transactions', body);
  }

  @Post('ebay/feedback')
  @HttpCode(200)
  ebayFeedback(@CurrentStore() store: StoreCaller, @Body() body: unknown): Promise<IngestResult> {
    return this.ingest.ingest(store, 'ebay-feedback', body);
  }
}
