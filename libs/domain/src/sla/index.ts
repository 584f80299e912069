// SLA calendar maths: due times and elapsed business time over 24×7 or business-hours calendars.
export * from './duration';
export {
  ALWAYS_OPEN,
  CalendarError,
  validateCalendar,
  WEEKDAYS,
  type AlwaysOpenCalendar,
  type BusinessHoursCalendar,
  type CalendarErrorCode,
  type Holiday,
  type OpeningHours,
  type SlaCalendar,
  type Weekday,
  type WeeklyHours,
} from './calendar';
export * from './business-time';
export * from './warning-point';
export * from './sla-defaults';
export { isKnownTimeZone, utcOffsetAt } from './time-zone';
export * from './sla-policy';
export * from './clock-rules';
export * from './response-time';
