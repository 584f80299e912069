import { BadRequestException, Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { TICKET_CHANNELS } from '@lifeline/domain';
import { CurrentStore, StoreKeyAuth } from '../tenancy/store-key.guard';
import type { StoreCaller } from '../tenancy/store-api-key.service';
import { MessageIngestService, type IngestResult } from './message-ingest.service';

const inboundMessageSchema = z.object({
  externalId: z.string().trim().min(1).max(998),
  from: z.object({
    address: z.string().trim().email('must be an e-mail address').max(320),
    name: z.string().trim().max(200).nullish(),
  }),
  subject: z.string().max(998).default(''),
  body: z.string().min(1, 'must not be empty').max(200_000),
  receivedAt: z
    .string()
    .datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone' })
    .transform((s) => new Date(s))
    .refine((d) => d.getTime() <= Date.now() + 5 * 60_000, 'must not be in the future'),
  orderId: z.string().trim().max(64).nullish(),
  noResponseNeeded: z.boolean().optional(),
  channel: z.enum(TICKET_CHANNELS).optional(),
  attachments: z
    .array(z.object({ filename: z.string().min(1).max(255), contentType: z.string().min(1).max(255), sizeBytes: z.number().int().min(0) }))
    .max(50)
    .optional(),
});

/**
 * `POST /api/v1/messages`: relays (the e-mail gateway, marketplace connectors, the demo) push buyer
 * contacts here with a store API key. 201 for a new message, 200 with the same ids for a repeat. Bodies
 * over the server's 1 MiB limit (bootstrap.ts) are refused with 413 before parsing.
 */
@Controller('api/v1/messages')
export class MessageIngestController {
  constructor(private readonly ingest: MessageIngestService) {}

  @StoreKeyAuth()
  @Post()
  @HttpCode(201)
  async create(@CurrentStore() store: StoreCaller, @Body() body: unknown, @Res({ passthrough: true }) reply: FastifyReply): Promise<IngestResult> {
    const parsed = inboundMessageSchema.safeParse(body ?? {});
    if (!parsed.success) {
      throw new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: 'The message is not valid; nothing was stored.',
        fields: parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message })),
      });
    }
    const result = await this.ingest.ingest(store, parsed.data);
    if (result.duplicate) reply.status(200);
    return result;
  }
}
