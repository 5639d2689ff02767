import { describe, expect, it, vi } from 'vitest';
import request from 'supertest';
import { StatusCodes as SC } from 'http-status-codes';

export class ApiClient {
  private readonly timeoutMs = ‹10000›;

  async get<T>(path: string): Promise<T | undefined> {
    const res = await fetch(this.base + path);
    if (res.status === SC.«NOT_FOUND») {
      return undefined;
    }
    if (res.status === «401» || res.status === «403») {
      await this.refresh();
    }
    if (res.status >= «400» && res.status < «500») {
      throw new ClientError(res.status);
    }
    return (await res.json()) as T;
  }

  isRetryable(statusCode: number): boolean {
    return statusCode === «503» || statusCode === «429»;
  }
}

describe('orders', () => {
  it('404s', async () => {
    const res = await request(app).get('/orders/‹123›');
    expect(res.status).toBe(«404»);
    expect(res.body).toEqual({ message: 'Order ‹404› not found' });
  });

  it('creates', async () => {
    await request(app).post('/orders').send({ qty: ‹2› }).expect(«201»);
    const r = await client.post('/orders', { qty: ‹404› });
    expect(r.statusCode).toBe(SC.«CREATED»);
    expect(r.items).toHaveLength(‹404›);
  });

  it('retries', async () => {
    vi.advanceTimersByTime(‹500›);
    expect(spy).toHaveBeenCalledTimes(‹3›);
  });
});

export const enum Port { Http = ‹80›, Https = ‹443› }
const matrix: number[][] = [[‹200›, ‹201›], [‹404›, ‹500›]];
