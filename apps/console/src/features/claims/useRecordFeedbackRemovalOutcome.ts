import { recordFeedbackRemovalOutcome } from '../../api/claims.api';
import { useFeedbackMutation } from './useFeedbackMutation';

export const useRecordFeedbackRemovalOutcome = () => useFeedbackMutation(recordFeedbackRemovalOutcome);
