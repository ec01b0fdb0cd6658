import type { TUpdateTracingRequest } from '@homeward/core';
import type { ScopedData } from '../../platform/access/scoped-data.js';
import { checkRequestInput, requestColumns } from './create-tracing-request.js';
import { lockTracingRequest } from './request-access.js';

/** Correct or add to what is known of the person sought (any status: facts learned later still count). */
export async function updateTracingRequest(data: ScopedData, id: string, input: TUpdateTracingRequest): Promise<void> {
  const { request } = await lockTracingRequest(data, id, input.version);
  await checkRequestInput(data, request.organisation_id, input, { relationship: request.relationship });
  await data.update('tracing_request', id, { ...requestColumns(input), version: request.version + 1, updated_at: new Date() });
}
