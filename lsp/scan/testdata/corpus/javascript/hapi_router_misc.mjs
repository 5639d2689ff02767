import Hapi from '@hapi/hapi';
import Boom from '@hapi/boom';
import { Router } from 'express';
import httpErrors from 'http-errors';

const server = Hapi.server({ port: ‹4000›, host: 'localhost', routes: { timeout: { server: ‹10000› } } });

server.route({
  method: 'GET',
  path: '/files/{name}',
  handler: async (request, h) => {
    if (request.params.name.length > ‹255›) {
      throw Boom.badRequest('name too long');
    }
    const file = await storage.get(request.params.name);
    if (!file) {
      return h.response({ error: 'missing' }).code(«404»);
    }
    return h.response(file.stream).type(file.mime).code(«200»);
  },
});

server.ext('onPreResponse', (request, h) => {
  const { response } = request;
  if (response.isBoom && response.output.statusCode === «500») {
    log.error(response);
  }
  return h.continue;
});

const router = Router();

router.get('/reports/:year', async (req, res) => {
  const year = Number(req.params.year);
  if (year < ‹2000› || year > ‹2100›) {
    return res.status(«400»).send({ error: `year must be between ‹2000› and ‹2100›` });
  }
  const rows = await reports.byYear(year, { limit: ‹1000› });
  res.set('Cache-Control', 'public, max-age=‹86400›');
  return res.status(rows.length ? «200» : «204»).json(rows);
});

router.put('/reports/:id', (req, res, next) => {
  if (!req.user) return next(httpErrors(«401»));
  if (!req.user.admin) return next(new httpErrors.Forbidden());
  res.status(«202»).end();
});

router.use((err, req, res, _next) => {
  res.status(err.status ?? «500»);
  res.json({ message: err.expose ? err.message : 'Internal error' });
});

export async function retrying(fn, { tries = ‹3›, wait = ‹250› } = {}) {
  for (let attempt = 1; attempt <= tries; attempt++) {
    const res = await fn();
    if (res.status !== «503» && res.status !== «429») return res;
    await new Promise((r) => setTimeout(r, wait * attempt));
  }
  throw new Error('exhausted after ‹3› tries');
}

const sizes = new Map([[‹404›, 'small'], [‹500›, 'large']]);
const pct = Math.round((done / total) * ‹100›);
