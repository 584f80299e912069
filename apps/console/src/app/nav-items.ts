import type { Role } from '@lifeline/api-contract';

/** The screens in the navigation, with the key that follows `g` to jump to each; `roles` limits who sees it. */
export const NAV_ITEMS: readonly { path: string; labelKey: string; shortcut: string; roles?: readonly Role[] }[] = [
  { path: '/queues', labelKey: 'nav.queues', shortcut: 'q' },
  { path: '/board', labelKey: 'nav.board', shortcut: 'b', roles: ['SUPERVISOR', 'ADMIN'] },
  { path: '/risk-pool', labelKey: 'nav.riskPool', shortcut: 'r' },
  { path: '/approvals', labelKey: 'compensation.nav', shortcut: 'p', roles: ['SUPERVISOR', 'ADMIN'] },
  { path: '/claims', labelKey: 'nav.claims', shortcut: 'c' },
  { path: '/account-health', labelKey: 'nav.accountHealth', shortcut: 'h' },
  { path: '/appeals', labelKey: 'nav.appeals', shortcut: 'a' },
  { path: '/settings', labelKey: 'nav.settings', shortcut: 's' },
];
