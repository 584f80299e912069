import { Foundation1795439290294 } from './1795439290294-foundation';
import { StoreApiKeys1795439773124 } from './1795439773124-store-api-keys';
import { Tickets1795440569764 } from './1795440569764-tickets';
import { SlaClocks1795441505317 } from './1795441505317-sla-clocks';

/** Migrations in order. New ones are generated with `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [Foundation1795439290294, StoreApiKeys1795439773124, Tickets1795440569764, SlaClocks1795441505317];
