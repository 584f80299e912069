import { Foundation1795439290294 } from './1795439290294-foundation';
import { StoreApiKeys1795439773124 } from './1795439773124-store-api-keys';
import { AccountHealth1795440207702 } from './1795440207702-account-health';
import { OrderDayCountTriggers1795440207703 } from './1795440207703-order-day-count-triggers';
import { Tickets1795440569764 } from './1795440569764-tickets';
import { ReplyDelivery1795441971485 } from './1795441971485-reply-delivery';
import { StoreInboundAddress1795442176143 } from './1795442176143-store-inbound-address';
import { SlaClocks1795443232065 } from './1795443232065-sla-clocks';
import { MailOutboxDelivery1795444625419 } from './1795444625419-mail-outbox-delivery';
import { CompensationActions1796283761589 } from './1796283761589-compensation-actions';
import { BuyerDataRetention1796284091242 } from './1796284091242-buyer-data-retention';
import { HealthThresholdSettings1796284301928 } from './1796284301928-health-threshold-settings';
import { EbayData1796284989713 } from './1796284989713-ebay-data';
import { ClaimCases1796284239857 } from './1796284239857-claim-cases';
import { CompensationApproval1796284428157 } from './1796284428157-compensation-approval';
import { RiskPool1796284244279 } from './1796284244279-risk-pool';

/** Migrations in order. New ones are generated with `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [Foundation1795439290294, StoreApiKeys1795439773124, AccountHealth1795440207702, OrderDayCountTriggers1795440207703, Tickets1795440569764, ReplyDelivery1795441971485, StoreInboundAddress1795442176143, SlaClocks1795443232065, MailOutboxDelivery1795444625419, CompensationActions1796283761589, BuyerDataRetention1796284091242, ClaimCases1796284239857, RiskPool1796284244279, HealthThresholdSettings1796284301928, CompensationApproval1796284428157, EbayData1796284989713];
