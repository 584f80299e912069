// Every test runs on UTC; time zones are tested on purpose, never by accident.
process.env.TZ = 'UTC';
