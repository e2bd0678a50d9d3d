import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Direct Line tokens: a conversation id and an expiry, signed with HMAC-SHA256. A token opens its
 * own conversation and nothing else; instances that share DIRECTLINE_SECRET accept each other's.
 */
export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

const b64 = (buf: Buffer): string => buf.toString('base64url');

export class TokenIssuer {
  private readonly key: Buffer;
  /**
   * Tokens whose signature has been checked, with their claims: a conversation presents the same
   * token on every request, and an HMAC per request was a visible share of a turn. Only valid
   * tokens are kept; expiry is still checked on every use. Bounded: emptied when full.
   */
  private readonly verified = new Map<string, Readonly<TokenClaims>>();
  private static readonly VERIFIED_MAX = 10_000;

  constructor(
    secret: string,
    readonly lifetimeSeconds = 1800,
    private readonly now: () => number = Date.now,
  ) {
    // No configured secret: a random one, so tokens die with the process (one instance, dev).
    this.key = secret ? Buffer.from(secret, 'utf8') : randomBytes(32);
  }

  issue(conversationId: string, userId: string): { token: string; expires_in: number } {
    const claims: TokenClaims = {
      conversationId,
      userId,
      exp: Math.floor(this.now() / 1000) + this.lifetimeSeconds,
    };
    const body = b64(Buffer.from(JSON.stringify(claims)));
    return { token: `${body}.${this.sign(body)}`, expires_in: this.lifetimeSeconds };
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  verify(token: string | undefined): Readonly<TokenClaims> | null {
    if (!token) return null;
    const known = this.verified.get(token);
    if (known) {
      if (known.exp * 1000 > this.now()) return known;
      this.verified.delete(token);
      return null;
    }
    const claims = this.check(token);
    if (claims) {
      if (this.verified.size >= TokenIssuer.VERIFIED_MAX) this.verified.clear();
      this.verified.set(token, claims);
    }
    return claims;
  }

  private check(token: string): Readonly<TokenClaims> | null {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as TokenClaims;
      if (typeof claims.conversationId !== 'string' || typeof claims.exp !== 'number') return null;
      return claims.exp * 1000 > this.now() ? Object.freeze(claims) : null;
    } catch {
      return null;
    }
  }

  private sign(body: string): string {
    return b64(createHmac('sha256', this.key).update(body).digest());
  }
}

export function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m?.[1];
}
