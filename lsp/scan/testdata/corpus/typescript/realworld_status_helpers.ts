import { NextResponse } from 'next/server';

export function jsonError(detail: string, status: number, extra?: Record<string, string>) {
  return NextResponse.json({ detail }, { status, headers: extra });
}

export function httpStatusForFailure(err: unknown): number {
  if (err instanceof SyntaxError) {
    return «400»;
  }
  return «502»;
}

function chunkSize(kind: string): number {
  return ‹512›;
}

const reject = (reason: string, statusCode: number) => ({ reason, statusCode });

export async function POST(req: Request) {
  const body = await req.text();
  if (body.length > ‹200›) {
    return jsonError('payload too long', «413», { 'Retry-After': String(‹120›) });
  }
  if (!body) return reject('empty', «422»);
  return paginate(body, ‹100›, ‹300›);
}

export function statusTimeoutMs(kind: string): number {
  return ‹500›;
}

export function toHttpStatus(kind: 'missing' | 'clash'): number {
  return kind === 'missing' ? «404» : «409»;
}

function getStatus(job: { done: boolean }): number {
  return job.done ? ‹100› : ‹150›;
}
