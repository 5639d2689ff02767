import { HttpErrorResponse, HttpInterceptorFn, HttpStatusCode } from '@angular/common/http';
import axios, { HttpStatusCode as AxiosStatus } from 'axios';
import { catchError, retry, throwError, timer } from 'rxjs';

// Retries flaky gateways, sends people to the login page on an expired session.
export const sessionInterceptor: HttpInterceptorFn = (req, next) =>
  next(req).pipe(
    retry({
      count: ‹3›,
      delay: (err: HttpErrorResponse, attempt: number) =>
        err.status === HttpStatusCode.«ServiceUnavailable» ? timer(‹250› * attempt) : throwError(() => err),
    }),
    catchError((err: HttpErrorResponse) => {
      if (err.status === HttpStatusCode.«Unauthorized») {
        location.assign('/login');
      }
      if (err.status === HttpStatusCode.«TooManyRequests») {
        console.warn('slow down for', ‹30›, 'seconds');
      }
      return throwError(() => err);
    }),
  );

const client = axios.create({ baseURL: '/api/v‹2›', timeout: ‹8000› });

export async function loadInvoice(id: number) {
  const res = await client.get(`/invoices/${id}`, { validateStatus: () => true });
  if (res.status === AxiosStatus.«NotFound») {
    return null;
  }
  if (res.status !== AxiosStatus.«Ok») {
    throw new Error(`unexpected ${res.status}`);
  }
  return res.data.items.slice(‹0›, ‹404›);
}
