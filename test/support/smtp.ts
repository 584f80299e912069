import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface TestMailServer {
  url: string;
  received: ParsedMail[];
  /** Refuse recipients with this SMTP code from now on (e.g. 550 mailbox unavailable). */
  refuseWith(code: number | null): void;
  waitFor(count: number, ms?: number): Promise<ParsedMail[]>;
  /** The first mail received that matches, waiting for it (other mail, e.g. alerts, may arrive meanwhile). */
  waitForMail(match: (mail: ParsedMail) => boolean, ms?: number): Promise<ParsedMail | undefined>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps what it receives, for the e-mail channel's tests. */
export async function startMailServer(): Promise<TestMailServer> {
  const received: ParsedMail[] = [];
  let refuse: number | null = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse) {
        const err = Object.assign(new Error(`mailbox ${address.address} unavailable`), { responseCode: refuse });
        return callback(err);
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.server.address() as { port: number }).port));
  });
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseWith: (code) => {
      refuse = code;
    },
    waitFor: async (count, ms = 5000) => {
      const until = Date.now() + ms;
      while (received.length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
      return received;
    },
    waitForMail: async (match, ms = 5000) => {
      const until = Date.now() + ms;
      while (!received.some(match) && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
      return received.find(match);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
