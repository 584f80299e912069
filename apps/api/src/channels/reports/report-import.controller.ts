import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CurrentStore, StoreKeyAuth } from '../../tenancy/store-key.guard';
import type { StoreCaller } from '../../tenancy/store-api-key.service';
import { ReportImportService, type ImportResult } from './report-import.service';

/**
 * POST /api/v1/imports/{reportType} with the file as the body (as the seller downloaded it) and the store's
 * API key. The body arrives as a stream (channels/body-parsers.ts).
 */
@Controller('api/v1/imports')
@StoreKeyAuth()
export class ReportImportController {
  constructor(private readonly imports: ReportImportService) {}

  @Post(':reportType')
  @HttpCode(200)
  import(@CurrentStore() store: StoreCaller, @Param('reportType') reportType: string, @Req() req: FastifyRequest): Promise<ImportResult> {
    return this.imports.import(store, reportType, req.headers['content-type'], req.body);
  }
}
