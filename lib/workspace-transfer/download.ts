import { NextResponse } from 'next/server';
import { prettyJson } from './pretty-json';

/** JSON, pretty-printed; with `?download=1` also a file download named `filename`. */
export function jsonDownload(request: Request, body: unknown, filename: string): NextResponse {
  const download = new URL(request.url).searchParams.get('download') === '1';
  return new NextResponse(prettyJson(body), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      ...(download ? { 'content-disposition': `attachment; filename="${filename}"` } : {}),
    },
  });
}
