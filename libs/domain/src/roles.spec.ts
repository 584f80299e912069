import { roleAtLeast } from './roles';

describe('roleAtLeast', () => {
  it('lets an admin do what a supervisor may', () => expect(roleAtLeast('ADMIN', 'SUPERVISOR')).toBe(true));
  it('keeps an agent out of supervisor work', () => expect(roleAtLeast('AGENT', 'SUPERVISOR')).toBe(false));
  it('lets each role do its own work', () => expect(roleAtLeast('AGENT', 'AGENT')).toBe(true));
});
