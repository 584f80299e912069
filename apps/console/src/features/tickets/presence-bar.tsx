import type { TicketViewer } from '@lifeline/api-contract';
import { useTranslation } from 'react-i18next';

/** Who else has this ticket open, and who is writing a reply: so two agents do not answer the same buyer. */
export function PresenceBar({ viewers }: { viewers: TicketViewer[] }) {
  const { t } = useTranslation();
  return (
    <div className={`presence ${viewers.length ? 'presence--others' : ''}`} data-testid="presence-bar" aria-live="polite">
      {viewers.length === 0 ? (
        <span className="muted">{t('presence.alone')}</span>
      ) : (
        viewers.map((viewer) => (
          <span key={viewer.userId} className={`presence__viewer ${viewer.typing ? 'presence__viewer--typing' : ''}`}>
            <span className="presence__avatar" aria-hidden="true">
              {viewer.name.trim().charAt(0).toUpperCase()}
            </span>
            {t('presence.viewing', { name: viewer.name })}
            {viewer.typing && <span className="presence__typing"> · {t('presence.typing')}</span>}
          </span>
        ))
      )}
    </div>
  );
}
