const request = require('supertest');
const app = require('../src/app');

describe('coupon endpoints', () => {
  it.each([
    ['/coupons/expired', «410»],
    ['/coupons/unknown', «404»],
  ])('GET %s answers %i', async (path, expectedStatus) => {
    const res = await request(app).get(path);
    expect(res.status).toBe(expectedStatus);
  });

  test.each([‹10›, ‹100›, ‹250›])('lists %i coupons per page', async (limit) => {
    const res = await request(app).get(`/coupons?limit=${limit}`).expect(«200»);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
  });

  test.each([«401», «403»])('refuses with %i', (status) => {
    expect(guard(status)).toBe(false);
  });
});
