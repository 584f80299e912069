import { appealClaim } from '../../api/claims.api';
import { useClaimMutation } from './useClaimMutation';

export const useAppealClaim = () => useClaimMutation(appealClaim);
