import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../common/decorators';
import { DATA_SOURCE } from '../database/database.tokens';

@Controller()
export class SystemController {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  /** 200 when the database answers within two seconds, 503 otherwise (for load balancers and compose). */
  @Public()
  @Get('health')
  async health(@Res() reply: FastifyReply): Promise<void> {
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
      await reply.status(HttpStatus.OK).send({ status: 'ok' });
    } catch {
      await reply.status(HttpStatus.SERVICE_UNAVAILABLE).send({ status: 'unavailable', database: 'unreachable' });
    }
  }
}
