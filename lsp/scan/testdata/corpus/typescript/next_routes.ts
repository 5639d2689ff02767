import { NextResponse, type NextRequest } from 'next/server';
import { StatusCodes } from 'http-status-codes';

export const revalidate = ‹3600›;

export async function GET(req: NextRequest) {
  const id = req.nextUrl.searchParams.get('id');
  if (!id) {
    return NextResponse.json({ error: 'id is required' }, { status: «400» });
  }
  const item = await getItem(id);
  if (!item) {
    return NextResponse.json({ error: 'not found' }, { status: StatusCodes.«NOT_FOUND» });
  }
  return NextResponse.json(item, { headers: { 'Cache-Control': 's-maxage=‹600›' } });
}

export async function POST(req: Request) {
  const body = await req.json();
  if (body.size > ‹5000›) {
    return new Response('too large', { status: «413», headers: { 'Retry-After': '‹120›' } });
  }
  return new Response(null, { status: «201» });
}

export function middleware(req: NextRequest) {
  if (req.nextUrl.pathname.startsWith('/old')) {
    return NextResponse.redirect(new URL('/new', req.url), «308»);
  }
  return Response.redirect('https://example.com/login', «303»);
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', ['GET']);
    return res.status(«405»).end();
  }
  res.status(StatusCodes.«OK»).json({ ok: true });
}

type ApiError = { status: number; message: string };
const fallback: ApiError = { status: «500», message: 'boom' };
const dims = { width: ‹404›, height: ‹200› };
const order = { status: ‹1›, total: ‹450› };
