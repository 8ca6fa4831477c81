import { describe, expect, it } from 'vitest';
import { bodyOf, harness, send } from './client';

const valid = { fileName: 'kvittering.pdf', contentType: 'application/pdf', size: 52_000 };

describe('POST /api/uploads', () => {
  it('presigns a PUT of one receipt under a fresh upload id', async () => {
    const h = harness();
    const response = await send(h, 'POST', '/api/uploads', { json: valid });
    expect(response.status).toBe(201);
    const body = bodyOf(response);
    expect(body.uploadId).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(body).toEqual({
      uploadId: body.uploadId,
      url: `memory://receipts/uploads/${body.uploadId}`,
      method: 'PUT',
      headers: { 'content-type': 'application/pdf' },
    });
  });

  it('gives every upload its own id', async () => {
    const h = harness();
    const first = bodyOf(await send(h, 'POST', '/api/uploads', { json: valid }));
    const second = bodyOf(await send(h, 'POST', '/api/uploads', { json: valid }));
    expect(first.uploadId).not.toBe(second.uploadId);
  });

  it('accepts every receipt type the document check can read', async () => {
    const h = harness();
    for (const contentType of ['application/pdf', 'image/jpeg', 'image/png', 'image/heic', 'image/webp']) {
      expect((await send(h, 'POST', '/api/uploads', { json: { ...valid, contentType } })).status).toBe(201);
    }
  });

  it('lists every invalid upload field', async () => {
    const response = await send(harness(), 'POST', '/api/uploads', {
      json: { fileName: '', contentType: 'text/html', size: 0 },
    });
    expect(response.status).toBe(400);
    const { errors } = bodyOf(response);
    expect(errors.map((e: { path: string }) => e.path)).toEqual(['fileName', 'contentType', 'size']);
    for (const error of errors) {
      expect(error).toEqual({
        path: error.path,
        message: `${error.da} / ${error.en}`,
        da: expect.any(String),
        en: expect.any(String),
      });
    }
  });

  it('lists missing fields too', async () => {
    const { errors } = bodyOf(await send(harness(), 'POST', '/api/uploads', { json: {} }));
    expect(errors.map((e: { path: string }) => e.path)).toEqual(['fileName', 'contentType', 'size']);
  });

  it('refuses a receipt larger than the configured limit and accepts one at it', async () => {
    const h = harness({ maxReceiptBytes: 1000 });
    const over = await send(h, 'POST', '/api/uploads', { json: { ...valid, size: 1001 } });
    expect(over.status).toBe(400);
    expect(bodyOf(over).errors[0].en).toContain('1000');
    expect((await send(h, 'POST', '/api/uploads', { json: { ...valid, size: 1000 } })).status).toBe(201);
  });

  it('refuses a size that is not a whole number of bytes', async () => {
    const response = await send(harness(), 'POST', '/api/uploads', { json: { ...valid, size: 10.5 } });
    expect(bodyOf(response).errors.map((e: { path: string }) => e.path)).toEqual(['size']);
  });

  it('accepts a file name of 200 characters and refuses one of 201', async () => {
    const h = harness();
    const at = await send(h, 'POST', '/api/uploads', { json: { ...valid, fileName: 'a'.repeat(200) } });
    const over = await send(h, 'POST', '/api/uploads', { json: { ...valid, fileName: 'a'.repeat(201) } });
    expect(at.status).toBe(201);
    expect(bodyOf(over).errors.map((e: { path: string }) => e.path)).toEqual(['fileName']);
  });

  it('answers a body that is not JSON with one error at path ""', async () => {
    const response = await send(harness(), 'POST', '/api/uploads', {
      headers: { 'content-type': 'application/json' },
      body: '{"fileName":',
    });
    expect(response.status).toBe(400);
    expect(bodyOf(response).errors).toEqual([
      { path: '', message: 'ugyldig JSON / invalid JSON', da: 'ugyldig JSON', en: 'invalid JSON' },
    ]);
  });

  it('answers a body that is not an object with an error at path ""', async () => {
    const response = await send(harness(), 'POST', '/api/uploads', { json: [valid] });
    expect(response.status).toBe(400);
    expect(bodyOf(response).errors.map((e: { path: string }) => e.path)).toEqual(['']);
  });
});
