import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG } from '../config/config.tokens';
import type { AppConfig } from '../config/config.schema';
import { TenancyModule } from '../tenancy/tenancy.module';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import { TicketsModule } from '../tickets/tickets.module';
import { TicketsRepository } from '../tickets/tickets.repository';
import { maxAliasesRule, maxCostRule } from './abuse-limits';
import { createLoaders, type GraphqlContext } from './graphql-context';

@Module({
  imports: [
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      imports: [TenancyModule, TicketsModule],
      inject: [APP_CONFIG, TenancyRepository, TicketsRepository],
      useFactory: (config: AppConfig, tenancy: TenancyRepository, tickets: TicketsRepository): MercuriusDriverConfig => ({
        // The committed schema.gql is written by `npm run schema:generate`; a test fails when it drifts.
        autoSchemaFile: true,
        sortSchema: true,
        graphiql: config.NODE_ENV === 'development',
        path: '/graphql',
        queryDepth: config.GRAPHQL_MAX_DEPTH,
        allowBatchedQueries: false,
        // Compile a query to JavaScript after its first run (graphql-jit): repeated console queries skip the interpreter.
        jit: 1,
        validationRules: [maxAliasesRule(config.GRAPHQL_MAX_ALIASES), maxCostRule(config.GRAPHQL_MAX_COST)],
        context: (req: FastifyRequest): Omit<GraphqlContext, 'req'> & { req: FastifyRequest } => ({ req, loaders: createLoaders(tenancy, tickets) }),
      }),
    }),
  ],
})
export class LifelineGraphqlModule {}
