import type { Availability } from '@lifeline/api-contract';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/useMe';
import { useSetMyAvailability } from '../features/auth/useSetMyAvailability';

const CHOICES: Availability[] = ['ONLINE', 'AWAY'];

/** ONLINE receives new tickets, AWAY does not: the agent says which, from anywhere in the console. */
export function AvailabilityToggle() {
  const { t } = useTranslation();
  const me = useMe().data;
  const setAvailability = useSetMyAvailability();
  if (!me) return null;
  return (
    <div className="availability" role="group" aria-label={t('availability.label')} title={t('availability.hint')}>
      {CHOICES.map((choice) => (
        <button
          key={choice}
          type="button"
          className={`availability__choice availability__choice--${choice.toLowerCase()}`}
          aria-pressed={me.availability === choice}
          disabled={setAvailability.isPending}
          onClick={() => me.availability !== choice && setAvailability.mutate(choice)}
        >
          <span className="availability__dot" aria-hidden="true" />
          {t(`availability.${choice}`)}
        </button>
      ))}
    </div>
  );
}
