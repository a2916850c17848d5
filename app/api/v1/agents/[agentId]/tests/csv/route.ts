import { NextResponse } from 'next/server';
import { HttpError, parseOrThrow } from '@/lib/api/errors';
import { readJsonBody } from '@/lib/api/read-json';
import { apiRoute } from '@/lib/api/route';
import { exportRoutingTestsCsv, importRoutingTestsCsv, previewRoutingTestsCsv } from '@/lib/routing-tests/csv-import';
import { CSV_IMPORT_MAX_BYTES, CSV_IMPORT_SIZE_LABEL, CsvImportRequestSchema } from '@/lib/routing-tests/csv-request';

type Params = { agentId: string };

/** The agent's tests as a CSV file (the format import reads). */
export const GET = apiRoute<Params>(async (_request, ctx, { agentId }) => {
  const { filename, csv } = await exportRoutingTestsCsv(ctx, agentId);
  return new NextResponse(csv, {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` },
  });
});

/** `{ csv, skipBadRows? }`: with `?dryRun=1` the preview (rows and bad lines), else the import (201). */
export const POST = apiRoute<Params>(async (request, ctx, { agentId }) => {
  const body = await readJsonBody(request, CSV_IMPORT_MAX_BYTES).catch((error: unknown) => {
    throw error instanceof HttpError && error.status === 413 ? new HttpError(413, `The file is larger than ${CSV_IMPORT_SIZE_LABEL}. Nothing was imported.`) : error;
  });
  const { csv, skipBadRows } = parseOrThrow(CsvImportRequestSchema, body);
  if (new URL(request.url).searchParams.get('dryRun') === '1') return NextResponse.json(await previewRoutingTestsCsv(ctx, agentId, csv));
  const { created, skipped } = await importRoutingTestsCsv(ctx, agentId, csv, { skipBadRows });
  return NextResponse.json({ created: created.length, tests: created, skipped }, { status: 201 });
});
