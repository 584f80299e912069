import fc from 'fast-check';
import { SUPPORTED_LANGUAGES } from '../marketplaces';
import { canTakeTicket, pickAgent, type AssignableAgent } from './assignment';

const agent = (userId: string, overrides: Partial<AssignableAgent> = {}): AssignableAgent => ({
  userId,
  languages: ['de', 'en'],
  available: true,
  openTickets: 0,
  maxOpenTickets: 10,
  ...overrides,
});

describe('pickAgent', () => {
  it('gives a German ticket to an available German-speaking agent under their cap', () => {
    const agents = [
      agent('anna-away', { available: false }),
      agent('bob-en', { languages: ['en'] }),
      agent('carla-full', { openTickets: 10 }),
      agent('dieter', { openTickets: 9 }),
    ];
    expect(pickAgent({ language: 'de' }, agents)).toBe('dieter');
  });

  it('prefers fewest open tickets, then least recently assigned (never first), then userId', () => {
    expect(pickAgent({ language: 'de' }, [agent('a', { openTickets: 3 }), agent('b', { openTickets: 1 })])).toBe('b');
    expect(pickAgent({ language: 'de' }, [agent('a', { lastAssignedAt: 200 }), agent('b', { lastAssignedAt: 100 })])).toBe('b');
    expect(pickAgent({ language: 'de' }, [agent('a', { lastAssignedAt: 100 }), agent('b')])).toBe('b');
    expect(pickAgent({ language: 'de' }, [agent('b'), agent('a')])).toBe('a');
  });

  it('returns null when nobody may take the ticket', () => {
    expect(pickAgent({ language: 'ja' }, [agent('a'), agent('b', { languages: ['ja'], maxOpenTickets: 0 })])).toBeNull();
    expect(pickAgent({ language: 'de' }, [])).toBeNull();
  });

  it('never picks an agent over cap or without the language, and never passes over a less busy one', () => {
    const agentArb = fc.record({
      userId: fc.string({ minLength: 1, maxLength: 4 }),
      languages: fc.subarray([...SUPPORTED_LANGUAGES], { minLength: 0, maxLength: 4 }),
      available: fc.boolean(),
      openTickets: fc.nat({ max: 12 }),
      maxOpenTickets: fc.nat({ max: 12 }),
      lastAssignedAt: fc.option(fc.nat({ max: 1_000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORTED_LANGUAGES), fc.array(agentArb, { maxLength: 12 }), (language, agents) => {
        const chosenId = pickAgent({ language }, agents);
        const eligible = agents.filter((candidate) => canTakeTicket(candidate, language));
        if (chosenId === null) return eligible.length === 0;
        const chosen = eligible.find((candidate) => candidate.userId === chosenId);
        return (
          chosen !== undefined &&
          chosen.openTickets < chosen.maxOpenTickets &&
          chosen.languages.includes(language) &&
          chosen.available &&
          eligible.every((other) => other.openTickets >= chosen.openTickets) &&
          // Same input in another order, same agent.
          pickAgent({ language }, [...agents].reverse()) === chosenId
        );
      }),
      { numRuns: 1_000 },
    );
  });
});
