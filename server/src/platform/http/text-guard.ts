import type { FastifyInstance, FastifyRequest } from 'fastify';
import { platformError } from '../errors/errors.ts';
import {
  ILL_FORMED_TEXT,
  findIllFormed,
  jsonNestingExceeds,
  type IllFormed,
} from '../text/well-formed.ts';

const refusal = (found: IllFormed, part: string) =>
  platformError('VALIDATION_FAILED', { [found.path || part]: ILL_FORMED_TEXT[found.problem] });

/**
 * JSON bodies: nesting is bounded on the raw text before parsing, so nothing recursive ever sees a body
 * nested thousands deep; then every string and key of the parsed value must be text that can be stored
 * exactly as received (see well-formed.ts).
 */
export function installJsonParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonNestingExceeds(text)) {
      done(platformError('VALIDATION_FAILED', { body: ILL_FORMED_TEXT.depth }), undefined);
      return;
    }
    // The default parser answers through `done`; the promise its type allows is the shape of async parsers.
    void parseJson(req, text, (error, value) => {
      if (error) return done(error, undefined);
      const found = findIllFormed(value);
      if (found) return done(refusal(found, 'body'), undefined);
      done(null, value);
    });
  });
}

/** Query strings and path parameters are decoded by the router, not the body parser: the same rule applies to them. */
export async function rejectIllFormedText(req: FastifyRequest): Promise<void> {
  for (const [part, value] of [
    ['query', req.query],
    ['params', req.params],
  ] as const) {
    const found = findIllFormed(value);
    if (found) throw refusal(found, part);
  }
}
