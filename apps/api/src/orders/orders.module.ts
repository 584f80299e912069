import { Module } from '@nestjs/common';
import { OrdersRepository } from './orders.repository';

/** Orders as the marketplaces report them (ARCHITECTURE.md "orders"). */
@Module({ providers: [OrdersRepository], exports: [OrdersRepository] })
export class OrdersModule {}
