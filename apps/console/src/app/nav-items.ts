/** The screens in the navigation, with the key that follows `g` to jump to each. */
export const NAV_ITEMS = [
  { path: '/queues', labelKey: 'nav.queues', shortcut: 'q' },
  { path: '/risk-pool', labelKey: 'nav.riskPool', shortcut: 'r' },
  { path: '/claims', labelKey: 'nav.claims', shortcut: 'c' },
  { path: '/account-health', labelKey: 'nav.accountHealth', shortcut: 'h' },
  { path: '/appeals', labelKey: 'nav.appeals', shortcut: 'a' },
  { path: '/settings', labelKey: 'nav.settings', shortcut: 's' },
] as const;
