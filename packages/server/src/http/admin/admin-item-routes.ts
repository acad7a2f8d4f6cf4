import type { Context, Hono } from 'hono';
import type { Instant } from '@cqtt/core';
import type { StaffEnv } from '../../auth/middleware.js';
import type { Repository } from '../../repository-types.js';
import type { AdminActor, WriteOutcome } from '../../admin-repository-types.js';
import { agencyTreeFrom } from '../staff-routes.js';
import { actorOf, assertScope, expectedVersion, notFound, sendOutcome, sendVersioned } from './admin-http.js';

/** How one kind of versioned item (a registration, a message) is read and written. */
export interface ItemStore<T extends { readonly id: string; readonly agencyCode: string; readonly version: string }, I> {
  readonly path: string;
  find(id: string): Promise<T | undefined>;
  checkedInput(c: Context<StaffEnv>): Promise<I>;
  create(input: I, actor: AdminActor): Promise<T>;
  update(id: string, input: I, expected: string, actor: AdminActor): Promise<WriteOutcome<T>>;
  remove(id: string, expected: string, actor: AdminActor): Promise<WriteOutcome<T>>;
}

/** POST, GET/PUT/DELETE `/:id` of an item kind: 404 when missing, 403 outside the caller's agencies, If-Match on writes. */
export function mountItemRoutes<T extends { readonly id: string; readonly agencyCode: string; readonly version: string }, I>(
  routes: Hono<StaffEnv>,
  repository: Repository,
  clock: () => Instant,
  store: ItemStore<T, I>,
): void {
  async function existing(c: Context<StaffEnv>): Promise<T> {
    const item = await store.find(c.req.param('id') ?? '');
    if (!item) throw notFound();
    assertScope(c, item.agencyCode, await agencyTreeFrom(repository));
    return item;
  }

  routes.post('/', async (c) => {
    const created = await store.create(await store.checkedInput(c), actorOf(c, clock));
    c.header('Location', `/api/v1/admin/${store.path}/${encodeURIComponent(created.id)}`);
    return sendVersioned(c, created, 201);
  });

  routes.get('/:id', async (c) => sendVersioned(c, await existing(c)));

  routes.put('/:id', async (c) => {
    const { id } = await existing(c);
    const expected = expectedVersion(c);
    const input = await store.checkedInput(c);
    return sendOutcome(c, await store.update(id, input, expected, actorOf(c, clock)));
  });

  routes.delete('/:id', async (c) => {
    const { id } = await existing(c);
    return sendOutcome(c, await store.remove(id, expectedVersion(c), actorOf(c, clock)), true);
  });
}
