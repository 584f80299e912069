import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../realtime/realtime-provider';

export function ConnectionIndicator() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return (
    <span className={`connection connection--${state}`} role="status" title={t('connection.label')} data-state={state}>
      <span className="connection__dot" aria-hidden="true" />
      {t(`connection.${state}`)}
    </span>
  );
}
