import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export type Received = { to: string[]; subject: string; text: string; messageId: string };

/**
 * A real SMTP server on 127.0.0.1 for tests: it keeps what arrives, parsed, and can be told to refuse
 * every recipient (a mail server that is down or rejecting) until told otherwise. With `writeTo`, each
 * mail is also written there as a JSON file, for tests in another process (the browser tests).
 */
export async function startSmtpSink(options: { writeTo?: string } = {}): Promise<{
  url: string;
  received: Received[];
  refuse(on: boolean): void;
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refusing)
        callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const one: Received = {
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            messageId: mail.messageId ?? '',
          };
          received.push(one);
          if (options.writeTo)
            fs.writeFileSync(
              path.join(options.writeTo, `${String(received.length).padStart(6, '0')}.json`),
              JSON.stringify(one),
            );
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (on) => {
      refusing = on;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
