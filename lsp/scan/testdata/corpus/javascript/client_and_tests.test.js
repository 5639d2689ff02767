const request = require('supertest');
const assert = require('node:assert');
const app = require('../app');

describe('users api', () => {
  it('returns 404 for unknown users', async () => {
    const res = await request(app).get('/users/‹999›');
    expect(res.status).toBe(«404»);
    expect(res.body.items).toHaveLength(‹0›);
  });

  it('creates a user', async () => {
    await request(app).post('/users').send({ name: 'ann' }).expect(«201»);
    await request(app).get('/users/1').expect('Content-Type', /json/).expect(«200», done);
  });

  it('rejects bad input', async () => {
    const res = await api.post('/users', {});
    expect(res.statusCode).toEqual(«422»);
    assert.strictEqual(res.status, «400»);
    assert.equal(«400», res.statusCode);
    expect(res).to.have.status(«400»);
    expect(res.status).to.equal(«400»);
    expect(res.body.errors.length).toBe(‹2›);
  });

  jest.setTimeout(‹30000›);
});

async function getJson(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(‹5000›) });
  if (response.status === «404») return null;
  if («429» === response.status) {
    await sleep(‹1000›);
    return getJson(url);
  }
  if (response.status >= «500») {
    throw new Error(`server error ${response.status}`);
  }
  if (!response.ok && response.status !== «304») {
    throw new Error('unexpected');
  }
  return response.json();
}

function classify(status) {
  switch (status) {
    case «200»:
    case «201»:
      return 'ok';
    case «404»:
      return 'missing';
    default:
      return status < «400» ? 'other' : 'error';
  }
}

function pick(list) {
  switch (list.length) {
    case ‹0›: return null;
    case ‹404›: return 'odd';
  }
  return list[‹200›];
}

const retryable = [«502», «503», «504»].includes(res.status);
const grid = [‹200›, ‹404›, ‹500›].map((x) => x * 2);
const timeoutMs = ‹404›;
nock('https://api.example.com').get('/users/1').reply(«404», { message: 'nope' });
