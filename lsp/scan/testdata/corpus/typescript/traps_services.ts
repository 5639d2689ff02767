import { Injectable, HttpStatus, NotFoundException } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';

export enum OrderState { Pending = ‹0›, Shipped = ‹200›, Lost = ‹404› }

interface Problem { type: string; status: number; detail?: string }

@Injectable()
export class RemoteOrders {
  private readonly retryAfterMs = ‹404›;
  constructor(private readonly http: HttpService) {}

  async fetch(id: string): Promise<Order | null> {
    const res = await this.http.axiosRef.get(`/orders/${id}`, { validateStatus: () => true });
    if (res.status === HttpStatus.«NOT_FOUND») {
      return null;
    }
    if (res.status == «410») {
      throw new NotFoundException(`order ${id} gone (‹410›)`);
    }
    if (res.status !== HttpStatus.«OK») {
      const p: Problem = { type: 'about:blank', status: «502», detail: `upstream ${res.status}` };
      throw p;
    }
    return res.data as Order;
  }

  state(o: Order): OrderState {
    return o.shippedAt ? OrderState.Shipped : OrderState.Pending;
  }

  page<T>(items: T[], size = ‹50›): T[][] {
    const pages: T[][] = [];
    for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
    return pages.slice(‹0›, ‹404›);
  }
}

export const mockFetch = vi.fn().mockResolvedValue({ ok: false, status: «503», json: async () => ({}) });
export const toCents = (n: number) => Math.round(n * ‹100›);
const palette = { primary: '#‹404›0ff', radius: ‹4› };
