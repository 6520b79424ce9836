// Answers that are the same for every anonymous reader in a language (the catalogues, the match
// lists) are kept for a few seconds: they are the most requested and the costliest to build.
// Any successful write on this instance and any item change empties the store at once, so a
// person sees their own change immediately; other instances' changes show within the lifetime.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../app-types.ts';
import type { InstanceEvents } from '../events/types.ts';

const LIFETIME_MS = 5_000;
// Bounded, since every distinct query string would otherwise add an entry.
const MAX_ENTRIES = 500;
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface StoredAnswer {
  at: number;
  contentType: string;
  body: string | Buffer;
}

export class PublicAnswerStore {
  readonly #answers = new Map<string, StoredAnswer>();
  /** Counts the clears, so an answer built while a write was under way is not stored after it. */
  generation = 0;

  constructor(private readonly now: () => number = Date.now) {}

  get(key: string): StoredAnswer | undefined {
    const answer = this.#answers.get(key);
    if (answer && this.now() - answer.at < LIFETIME_MS) return answer;
    this.#answers.delete(key);
    return undefined;
  }

  put(key: string, contentType: string, body: string | Buffer): void {
    this.#answers.delete(key);
    this.#answers.set(key, { at: this.now(), contentType, body });
    if (this.#answers.size > MAX_ENTRIES) this.#answers.delete(this.#answers.keys().next().value as string);
  }

  clear(): void {
    this.generation += 1;
    this.#answers.clear();
  }
}

/** Only GET requests of routes marked `publicCache`, from a reader who is not signed in. */
function sharedAnswer(request: FastifyRequest): boolean {
  return (
    request.method === 'GET' &&
    request.routeOptions.config.publicCache === true &&
    request.viewer === null &&
    request.pendingViewer === null
  );
}

function keyOf(request: FastifyRequest): string {
  return `${request.translator.locale} ${request.url}`;
}

/** Something personal (a cookie being set) or an error is never shared. */
function storable(reply: FastifyReply, payload: unknown): payload is string | Buffer {
  return (
    reply.statusCode === 200 &&
    reply.getHeader('set-cookie') === undefined &&
    (typeof payload === 'string' || Buffer.isBuffer(payload))
  );
}

export function registerPublicCache(app: App, events: InstanceEvents, store = new PublicAnswerStore()): void {
  // The store's generation when the request's own answer began to be built; absent when it was served from the store.
  const building = new WeakMap<FastifyRequest, number>();
  events.onInstanceEvent((event) => {
    if (event.type === 'item.changed') store.clear();
  });
  app.addHook('preHandler', async (request, reply) => {
    if (!sharedAnswer(request)) return;
    const answer = store.get(keyOf(request));
    if (!answer) {
      building.set(request, store.generation);
      return;
    }
    reply.type(answer.contentType).send(answer.body);
    return reply;
  });
  // Cleared before the write's answer leaves, so its author's next request never sees the old copy.
  app.addHook('onSend', async (request, reply, payload) => {
    if (UNSAFE_METHODS.has(request.method) && reply.statusCode < 400) store.clear();
    else if (building.get(request) === store.generation && storable(reply, payload)) {
      store.put(keyOf(request), String(reply.getHeader('content-type')), payload);
    }
    return payload;
  });
}
