import { Controller, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../../common/auth-user';
import { CurrentUser, RequireRole } from '../../common/decorators';
import { TenancyRepository } from '../../tenancy/tenancy.repository';
import { ReportImportService, type ImportResult } from './report-import.service';

/**
 * POST /api/v1/console/imports/{storeId}/{reportType}: the console's upload of a report file, signed in
 * as a supervisor or admin (store API keys are for connectors). Same import as the connectors' route.
 */
@Controller('api/v1/console/imports')
export class ConsoleImportController {
  constructor(
    private readonly imports: ReportImportService,
    private readonly tenancy: TenancyRepository,
  ) {}

  @RequireRole('SUPERVISOR')
  @Post(':storeId/:reportType')
  @HttpCode(200)
  async import(
    @CurrentUser() auth: AuthUser,
    @Param('storeId', new ParseUUIDPipe()) storeId: string,
    @Param('reportType') reportType: string,
    @Req() req: FastifyRequest,
  ): Promise<ImportResult> {
    if (!(await this.tenancy.store(auth.organizationId, storeId))) throw new NotFoundException('The store was not found.');
    return this.imports.import({ organizationId: auth.organizationId, storeId, apiKeyId: `console:${auth.userId}` }, reportType, req.headers['content-type'], req.body);
  }
}
