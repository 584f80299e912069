import { respondToClaim } from '../../api/claims.api';
import { useClaimMutation } from './useClaimMutation';

export const useRespondToClaim = () => useClaimMutation(respondToClaim);
