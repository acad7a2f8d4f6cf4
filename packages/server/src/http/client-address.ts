/** The parts of a request context the address comes from (a Hono `Context` has them). */
export interface AddressSource {
  readonly req: { header(name: string): string | undefined };
  readonly env: unknown;
}

interface NodeBindings {
  readonly incoming?: { readonly socket?: { readonly remoteAddress?: string } };
}

/**
 * Who is calling, for the rate limit: the socket's address, or the first `X-Forwarded-For` entry when the
 * server runs behind a reverse proxy it trusts. Requests that come from no socket (in-process) share one key.
 */
export function clientAddress(c: AddressSource, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'in-process';
}
