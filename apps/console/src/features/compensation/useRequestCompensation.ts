import type { RequestCompensationInput } from '@lifeline/api-contract';
import { requestCompensation } from '../../api/compensation.api';
import { useCompensationMutation } from './useCompensationMutation';

/** Requests compensation; within the requester's limit it is approved at once. */
export function useRequestCompensation() {
  return useCompensationMutation((input: RequestCompensationInput) => requestCompensation(input), (input) => String(input.ticketId));
}
