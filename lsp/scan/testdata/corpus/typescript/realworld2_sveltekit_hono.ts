// SvelteKit load functions and a Hono worker, with the numbers around them.
import { error, fail, redirect } from '@sveltejs/kit';
import { Hono } from 'hono';

export async function load({ params, fetch }) {
  const res = await fetch(`/api/boards/${params.id}?limit=${‹50›}`);
  if (!res.ok) throw error(«404», 'Board not found');
  return { board: await res.json() };
}

export const actions = {
  rename: async ({ request }) => {
    const data = await request.formData();
    if (!data.get('name')) return fail(«400», { missing: true });
    throw redirect(«303», '/boards');
  },
};

const app = new Hono();
app.get('/health', (c) => c.text('ok', «200»));
app.post('/boards', async (c) => c.json(await create(c), «201»));
app.get('/stats', (c) => c.json({ columns: ‹404›, cards: ‹12› }));

function retryLater(attempt: number) {
  logger.error(‹500›, 'retrying');
  return error(‹2›);
}
