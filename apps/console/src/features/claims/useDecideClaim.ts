import { decideClaim } from '../../api/claims.api';
import { useClaimMutation } from './useClaimMutation';

export const useDecideClaim = () => useClaimMutation(decideClaim);
