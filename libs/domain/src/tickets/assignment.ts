import type { LanguageCode } from '../marketplaces';

export interface AssignableAgent {
  userId: string;
  languages: readonly LanguageCode[];
  available: boolean;
  /** Tickets in an open status (see OPEN_TICKET_STATUSES) assigned to the agent now. */
  openTickets: number;
  maxOpenTickets: number;
  /** When the agent was last given a ticket (epoch ms); never assigned counts as longest ago. */
  lastAssignedAt?: number;
}

/** True when `agent` may take a ticket in `language` now: available, speaks it, under their cap. */
export function canTakeTicket(agent: AssignableAgent, language: LanguageCode): boolean {
  return agent.available && agent.languages.includes(language) && agent.openTickets < agent.maxOpenTickets;
}

/**
 * The agent to assign a ticket to, or null when nobody may take it (it then waits in its queue).
 * Among agents who may take it: fewest open tickets first, then least recently assigned (never assigned
 * first), then userId so that the same input always gives the same agent.
 */
export function pickAgent(ticket: { language: LanguageCode }, agents: readonly AssignableAgent[]): string | null {
  let best: AssignableAgent | null = null;
  for (const agent of agents) {
    if (!canTakeTicket(agent, ticket.language)) continue;
    if (best === null || comparePreference(agent, best) < 0) best = agent;
  }
  return best?.userId ?? null;
}

function comparePreference(a: AssignableAgent, b: AssignableAgent): number {
  if (a.openTickets !== b.openTickets) return a.openTickets - b.openTickets;
  const lastA = a.lastAssignedAt ?? Number.NEGATIVE_INFINITY;
  const lastB = b.lastAssignedAt ?? Number.NEGATIVE_INFINITY;
  if (lastA !== lastB) return lastA < lastB ? -1 : 1;
  return a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
}
