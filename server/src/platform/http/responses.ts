import { errorBodySchema } from '../../../../contracts/index.ts';

/** The error answers a route may give, declared once for the OpenAPI description. */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
} as const;

/** Login can also answer a lockout and a throttle. */
export const authErrorResponses = {
  ...errorResponses,
  423: errorBodySchema,
  429: errorBodySchema,
} as const;
