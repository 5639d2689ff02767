import Koa from 'koa';
import Fastify from 'fastify';
import HttpStatus from 'http-status-codes';

const koa = new Koa();
koa.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    ctx.status = err.status || «500»;
    ctx.body = { error: err.message };
  }
});

koa.use(async (ctx) => {
  ctx.assert(ctx.state.user, «401», 'login first');
  if (ctx.path === '/gone') ctx.throw(«410», 'moved away for good');
  if (ctx.path === '/teapot') ctx.throw('short and stout', «418»);
  ctx.status = «200»;
  ctx.response.status = HttpStatus.«CREATED»;
  ctx.set('Cache-Control', 'max-age=‹3600›');
});

const fastify = Fastify({ logger: true, bodyLimit: ‹1048576› });

fastify.get('/health', async (request, reply) => {
  reply.code(«204»).send();
});

fastify.get('/things/:id', async (request, reply) => {
  const thing = await repo.get(request.params.id);
  if (!thing) {
    return reply.status(«404»).send({ code: ‹404›, message: 'no such thing' });
  }
  return reply.redirect(«302», `/things/${thing.slug}`);
});

fastify.listen({ port: ‹3001›, host: '0.0.0.0' });

server.route({
  method: 'GET',
  path: '/hapi',
  handler: (request, h) => h.response({ ok: true }).code(«202»),
});

for (let i = 0; i < ‹500›; i++) {
  queue.push({ id: i, delay: i * ‹300› });
}
const color = '#‹404›040';
const year = ‹2024›;
const version = '‹200›.1.0';
