import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessCalendar } from '../../api/sla.api';
import { useStores } from '../stores/useStores';
import { SaveError } from './sla-form-errors';
import { useBusinessCalendars, useSaveBusinessCalendar } from './useSlaSettings';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
type Weekday = (typeof WEEKDAYS)[number];
interface Shift {
  start: string;
  end: string;
}
interface CalendarDraft {
  kind: '24x7' | 'business';
  timeZone: string;
  weekly: Record<Weekday, Shift[]>;
  /** Closed all day; dated half days the API knows are kept as they are. */
  holidays: string[];
  otherHolidays: unknown[];
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function toDraft(calendar: Record<string, unknown> | undefined): CalendarDraft {
  const weekly = (calendar?.weekly ?? {}) as Partial<Record<Weekday, Shift[]>>;
  const holidays = Array.isArray(calendar?.holidays) ? (calendar.holidays as unknown[]) : [];
  return {
    kind: calendar?.kind === 'business' ? 'business' : '24x7',
    timeZone: typeof calendar?.timeZone === 'string' ? calendar.timeZone : 'UTC',
    weekly: Object.fromEntries(WEEKDAYS.map((day) => [day, [...(weekly[day] ?? [])]])) as Record<Weekday, Shift[]>,
    holidays: holidays.filter((h): h is string => typeof h === 'string'),
    otherHolidays: holidays.filter((h) => typeof h !== 'string'),
  };
}

/** Light checks (the API validates fully): HH:MM times, closing after opening, real dates, a known zone. */
export function calendarProblems(draft: CalendarDraft): string[] {
  if (draft.kind === '24x7') return [];
  const problems: string[] = [];
  try {
    new Intl.DateTimeFormat('en', { timeZone: draft.timeZone });
  } catch {
    problems.push('timeZone');
  }
  for (const day of WEEKDAYS) {
    const shifts = [...draft.weekly[day]].sort((a, b) => a.start.localeCompare(b.start));
    const bad = shifts.some((shift, i) => !TIME.test(shift.start) || !TIME.test(shift.end) || shift.end <= shift.start || (i > 0 && shift.start < shifts[i - 1]!.end));
    if (bad) problems.push(day);
  }
  if (!WEEKDAYS.some((day) => draft.weekly[day].length)) problems.push('weekly');
  if (draft.holidays.some((h) => !DATE.test(h))) problems.push('holidays');
  return problems;
}

function CalendarForm({ calendar, onDone }: { calendar: BusinessCalendar | null; onDone: () => void }) {
  const { t } = useTranslation();
  const stores = useStores();
  const save = useSaveBusinessCalendar();
  const [name, setName] = useState(calendar?.name ?? '');
  const [storeId, setStoreId] = useState(calendar?.storeId ?? '');
  const [draft, setDraft] = useState(() => toDraft(calendar?.calendar as Record<string, unknown> | undefined));
  const [newHoliday, setNewHoliday] = useState('');
  const [tried, setTried] = useState(false);
  const problems = calendarProblems(draft);
  const setShifts = (day: Weekday, shifts: Shift[]) => setDraft((d) => ({ ...d, weekly: { ...d.weekly, [day]: shifts } }));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!name.trim() || problems.length) return;
    const body =
      draft.kind === '24x7'
        ? { kind: '24x7' }
        : {
            kind: 'business',
            timeZone: draft.timeZone,
            weekly: Object.fromEntries(WEEKDAYS.filter((day) => draft.weekly[day].length).map((day) => [day, draft.weekly[day]])),
            holidays: [...[...draft.holidays].sort(), ...draft.otherHolidays],
          };
    save.mutate(
      { ...(calendar ? { id: calendar.id, version: calendar.version } : {}), name: name.trim(), storeId: storeId || null, calendar: body },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="form sla-form" onSubmit={submit} aria-label={t('businessHours.edit')}>
      <div className="sla-form__row">
        <label className="field">
          <span className="field__label">{t('slaSettings.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label className="field">
          <span className="field__label">{t('slaSettings.store')}</span>
          <select value={storeId} onChange={(e) => setStoreId(e.target.value)}>
            <option value="">{t('businessHours.organisation')}</option>
            {(stores.data ?? []).map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('businessHours.kind')}</span>
          <select value={draft.kind} onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value as CalendarDraft['kind'] }))}>
            <option value="24x7">{t('businessHours.always')}</option>
            <option value="business">{t('businessHours.business')}</option>
          </select>
        </label>
        {draft.kind === 'business' && (
          <label className="field">
            <span className="field__label">{t('businessHours.timeZone')}</span>
            <input value={draft.timeZone} list="time-zones" aria-invalid={problems.includes('timeZone')} onChange={(e) => setDraft((d) => ({ ...d, timeZone: e.target.value }))} />
            <datalist id="time-zones">
              {Intl.supportedValuesOf('timeZone').map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
          </label>
        )}
      </div>
      {draft.kind === 'business' && (
        <>
          <table className="table table--compact">
            <tbody>
              {WEEKDAYS.map((day) => (
                <tr key={day} data-day={day}>
                  <th scope="row">{t(`businessHours.day.${day}`)}</th>
                  <td className="shifts">
                    {draft.weekly[day].length === 0 && <span className="muted">{t('businessHours.closed')}</span>}
                    {draft.weekly[day].map((shift, index) => (
                      <span key={index} className="shift">
                        <input
                          type="time"
                          value={shift.start}
                          aria-label={t('businessHours.opens', { day: t(`businessHours.day.${day}`) })}
                          onChange={(e) => setShifts(day, draft.weekly[day].map((s, i) => (i === index ? { ...s, start: e.target.value } : s)))}
                        />
                        –
                        <input
                          type="time"
                          value={shift.end === '24:00' ? '23:59' : shift.end}
                          aria-label={t('businessHours.closes', { day: t(`businessHours.day.${day}`) })}
                          onChange={(e) => setShifts(day, draft.weekly[day].map((s, i) => (i === index ? { ...s, end: e.target.value === '23:59' ? '24:00' : e.target.value } : s)))}
                        />
                        <button type="button" className="button button--ghost button--small" aria-label={t('businessHours.removeShift')} onClick={() => setShifts(day, draft.weekly[day].filter((_, i) => i !== index))}>
                          ×
                        </button>
                      </span>
                    ))}
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => setShifts(day, [...draft.weekly[day], draft.weekly[day].length ? { start: '13:00', end: '17:00' } : { start: '09:00', end: '17:00' }])}
                    >
                      {t('businessHours.addShift')}
                    </button>
                    {tried && problems.includes(day) && <span className="error-text">{t('businessHours.badShift')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {tried && problems.includes('weekly') && <p className="error-text">{t('businessHours.noHours')}</p>}
          <div className="field">
            <span className="field__label">{t('businessHours.holidays')}</span>
            <ul className="holidays">
              {draft.holidays.map((date) => (
                <li key={date}>
                  <span className="mono">{date}</span>
                  <button type="button" className="button button--ghost button--small" aria-label={t('businessHours.removeHoliday', { date })} onClick={() => setDraft((d) => ({ ...d, holidays: d.holidays.filter((h) => h !== date) }))}>
                    ×
                  </button>
                </li>
              ))}
              {draft.otherHolidays.length > 0 && <li className="muted">{t('businessHours.halfDays', { count: draft.otherHolidays.length })}</li>}
            </ul>
            <span className="control__row">
              <input type="date" value={newHoliday} aria-label={t('businessHours.holidayDate')} onChange={(e) => setNewHoliday(e.target.value)} />
              <button
                type="button"
                className="button button--small"
                disabled={!DATE.test(newHoliday) || draft.holidays.includes(newHoliday)}
                onClick={() => {
                  setDraft((d) => ({ ...d, holidays: [...d.holidays, newHoliday].sort() }));
                  setNewHoliday('');
                }}
              >
                {t('businessHours.addHoliday')}
              </button>
            </span>
          </div>
        </>
      )}
      <SaveError error={save.error} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('slaSettings.saving') : t('slaSettings.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('slaSettings.cancel')}
        </button>
      </div>
    </form>
  );
}

function CalendarSummary({ calendar }: { calendar: Record<string, unknown> }) {
  const { t } = useTranslation();
  const draft = toDraft(calendar);
  if (draft.kind === '24x7') return <span>{t('businessHours.always')}</span>;
  return (
    <span>
      <span className="mono">{draft.timeZone}</span> ·{' '}
      {WEEKDAYS.filter((day) => draft.weekly[day].length)
        .map((day) => `${t(`businessHours.day.${day}`)} ${draft.weekly[day].map((s) => `${s.start}–${s.end}`).join(', ')}`)
        .join(' · ')}
      {draft.holidays.length + draft.otherHolidays.length > 0 && <> · {t('businessHours.holidayCount', { count: draft.holidays.length + draft.otherHolidays.length })}</>}
    </span>
  );
}

/** Settings → business hours: the calendars business-hours targets count in (admins edit). */
export function BusinessHoursSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const calendars = useBusinessCalendars();
  const stores = useStores();
  const [editing, setEditing] = useState<BusinessCalendar | 'new' | null>(null);
  const storeName = (id: string | null | undefined) => (id ? (stores.data?.find((s) => s.id === id)?.name ?? id) : t('businessHours.organisation'));

  return (
    <section className="panel" aria-labelledby="settings-business-hours">
      <header className="panel__header panel__header--row">
        <div>
          <h2 id="settings-business-hours">{t('businessHours.title')}</h2>
          <p className="panel__hint">{t('businessHours.hint')}</p>
        </div>
        {canEdit && editing === null && (
          <button type="button" className="button button--small" onClick={() => setEditing('new')}>
            {t('businessHours.new')}
          </button>
        )}
      </header>
      {editing !== null && (
        <CalendarForm
          key={editing === 'new' ? 'new' : editing.id}
          // The latest version read: after a CONFLICT the refetch lands here, so the next save can go through.
          calendar={editing === 'new' ? null : (calendars.data?.find((c) => c.id === editing.id) ?? editing)}
          onDone={() => setEditing(null)}
        />
      )}
      {calendars.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : calendars.isError ? (
        <p className="error-text" role="alert">
          {t('app.loadFailed')}
        </p>
      ) : calendars.data.length === 0 ? (
        <p className="muted">{t('businessHours.none')}</p>
      ) : (
        <table className="table">
          <tbody>
            {calendars.data.map((calendar) => (
              <tr key={calendar.id}>
                <th scope="row">{calendar.name}</th>
                <td className="muted">{storeName(calendar.storeId)}</td>
                <td>
                  <CalendarSummary calendar={calendar.calendar as Record<string, unknown>} />
                </td>
                <td>
                  {canEdit && (
                    <button type="button" className="button button--small" onClick={() => setEditing(calendar)}>
                      {t('slaSettings.edit')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
