import type { Marketplace, Role } from '@lifeline/domain';

export const DEMO_PASSWORD = 'lifeline-demo';

export interface DemoStore {
  name: string;
  marketplace: Marketplace;
  region: string;
  marketplaceId: string;
  timeZone: string;
  defaultLanguage: string;
  /** The connector key of this demo store (README "Demo API keys"). */
  apiKey: string;
  /** Where the demo store's buyer e-mails are forwarded (README "E-mail in and out"). */
  inboundAddress: string;
}

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  languages: string[];
  /** ONLINE users receive new tickets when the demo starts. */
  availability?: 'ONLINE' | 'AWAY';
}

export interface DemoOrganization {
  name: string;
  stores: DemoStore[];
  users: DemoUser[];
}

/** The demo organisations (README "Demo logins"); later features add their own data. */
export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    name: 'Demo Seller',
    stores: [
      { name: 'Amazon DE', marketplace: 'AMAZON', region: 'EU', marketplaceId: 'A1PA6795UKMFR9', timeZone: 'Europe/Berlin', defaultLanguage: 'de', apiKey: 'lk_demo_amazon_de', inboundAddress: 'amazon-de@inbound.demo-seller.example' },
      { name: 'Amazon UK', marketplace: 'AMAZON', region: 'EU', marketplaceId: 'A1F83G8C2ARO7P', timeZone: 'Europe/London', defaultLanguage: 'en', apiKey: 'lk_demo_amazon_uk', inboundAddress: 'amazon-uk@inbound.demo-seller.example' },
      { name: 'Amazon US', marketplace: 'AMAZON', region: 'NA', marketplaceId: 'ATVPDKIKX0DER', timeZone: 'America/Los_Angeles', defaultLanguage: 'en', apiKey: 'lk_demo_amazon_us', inboundAddress: 'amazon-us@inbound.demo-seller.example' },
      { name: 'eBay US', marketplace: 'EBAY', region: 'US', marketplaceId: 'EBAY_US', timeZone: 'America/New_York', defaultLanguage: 'en', apiKey: 'lk_demo_ebay_us', inboundAddress: 'ebay-us@inbound.demo-seller.example' },
    ],
    users: [
      { email: 'admin@demo.lifeline.test', name: 'Ada Admin', role: 'ADMIN', languages: ['en', 'de'] },
      { email: 'supervisor@demo.lifeline.test', name: 'Sam Supervisor', role: 'SUPERVISOR', languages: ['en', 'de', 'fr'] },
      { email: 'agent.en@demo.lifeline.test', name: 'Emma English', role: 'AGENT', languages: ['en'], availability: 'ONLINE' },
      { email: 'agent.de@demo.lifeline.test', name: 'Dieter Deutsch', role: 'AGENT', languages: ['de', 'en'], availability: 'ONLINE' },
      { email: 'agent.es@demo.lifeline.test', name: 'Elena Español', role: 'AGENT', languages: ['es', 'en'], availability: 'ONLINE' },
    ],
  },
  {
    name: 'Other Seller',
    stores: [
      { name: 'Amazon FR', marketplace: 'AMAZON', region: 'EU', marketplaceId: 'A13V1IB3VIYZZH', timeZone: 'Europe/Paris', defaultLanguage: 'fr', apiKey: 'lk_other_amazon_fr', inboundAddress: 'amazon-fr@inbound.other-seller.example' },
    ],
    users: [{ email: 'admin@other.lifeline.test', name: 'Olivier Other', role: 'ADMIN', languages: ['fr', 'en'] }],
  },
];
