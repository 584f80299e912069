import { requestFeedbackRemoval } from '../../api/claims.api';
import { useFeedbackMutation } from './useFeedbackMutation';

export const useRequestFeedbackRemoval = () => useFeedbackMutation(requestFeedbackRemoval);
