import type { CompensationApprovalRequestedPayload } from '@lifeline/api-contract';
import { createToastStore } from '../../app/toast-store';

/** Compensation requests over their requester's limit, announced on every screen to whoever may approve them. */
export const approvalToasts = createToastStore<CompensationApprovalRequestedPayload>((request) => request.actionId);
