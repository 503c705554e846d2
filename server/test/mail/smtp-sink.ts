import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export type Received = { to: string[]; subject: string; text: string; messageId: string };

/**
 * A real SMTP server on 127.0.0.1 for tests: it keeps what arrives, parsed, and can be told to refuse
 * every recipient (a mail server that is down or rejecting) until told otherwise.
 */
export async function startSmtpSink(): Promise<{
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
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            messageId: mail.messageId ?? '',
          });
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
