import { EmptyScreen } from '../../app/empty-state';

/** Filled by a later issue; until then it says plainly that there is nothing here yet. */
export function QueuesPage() {
  return <EmptyScreen screen="queues" />;
}
