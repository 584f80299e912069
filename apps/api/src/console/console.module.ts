import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Controller, Get, Module, NotFoundException, Req, Res, type DynamicModule } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/decorators';

const API_PREFIXES = ['/graphql', '/api/', '/health', '/socket.io/'];

/**
 * Serves the built console (`npm run build:console`) in production mode: files by name, and
 * index.html for any other GET so client-side routes survive a reload.
 */
export class ConsoleModule {
  static forDirectory(dir: string): DynamicModule {
    const root = resolve(dir);
    const index = join(root, 'index.html');
    if (!existsSync(index)) return { module: ConsoleModule };

    @Controller()
    class ConsoleController {
      private indexHtml?: Promise<Buffer>;

      @Public()
      @Get('*')
      async spa(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
        const path = req.url.split('?')[0] ?? '/';
        if (API_PREFIXES.some((p) => path.startsWith(p))) throw new NotFoundException();
        this.indexHtml ??= readFile(index);
        await reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(await this.indexHtml);
      }
    }

    @Module({ controllers: [ConsoleController] })
    class ConsoleSpaModule {}

    return { module: ConsoleModule, imports: [ConsoleSpaModule] };
  }

  static root(dir: string): string | undefined {
    const root = resolve(dir);
    return existsSync(join(root, 'index.html')) ? root : undefined;
  }
}
