import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cosine, embeddingProviderFromEnv, OpenAiCompatibleEmbeddings } from './embeddings.ts';

async function readJson(request: IncomingMessage): Promise<{ model: string; input: string[] }> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return JSON.parse(body) as { model: string; input: string[] };
}

/** A tiny OpenAI-compatible embedding server on 127.0.0.1: the vector of a text is [its length, 1]. */
async function withServer(
  run: (baseUrl: string, seen: { model?: string; path?: string }) => Promise<void>,
): Promise<void> {
  const seen: { model?: string; path?: string } = {};
  const server = createServer(async (request, response) => {
    const { model, input } = await readJson(request);
    seen.model = model;
    seen.path = request.url;
    const data = input.map((text, index) => ({ index, embedding: [text.length, 1] })).reverse();
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ data }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, seen);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

test('the OpenAI-compatible provider posts texts to /embeddings and returns vectors in input order', async () => {
  await withServer(async (baseUrl, seen) => {
    const vectors = await new OpenAiCompatibleEmbeddings(baseUrl, 'tiny-model').embed(['ab', 'abcd']);
    assert.equal(seen.path, '/v1/embeddings');
    assert.equal(seen.model, 'tiny-model');
    assert.deepEqual(
      vectors.map((v) => Array.from(v)),
      [
        [2, 1],
        [4, 1],
      ],
    );
  });
});

test('the provider is configured by EMBEDDINGS_URL and EMBEDDINGS_MODEL and is off without them', () => {
  assert.equal(embeddingProviderFromEnv({}), null);
  assert.ok(
    embeddingProviderFromEnv({ EMBEDDINGS_URL: 'http://127.0.0.1:1/v1', EMBEDDINGS_MODEL: 'm' }) instanceof
      OpenAiCompatibleEmbeddings,
  );
});

test('a failing embedding service is reported', async () => {
  const provider = new OpenAiCompatibleEmbeddings('http://127.0.0.1:9/v1', 'm');
  await assert.rejects(provider.embed(['x']));
});

test('cosine similarity of vectors', () => {
  assert.equal(cosine(Float32Array.from([1, 0]), Float32Array.from([1, 0])), 1);
  assert.equal(cosine(Float32Array.from([1, 0]), Float32Array.from([0, 1])), 0);
  assert.equal(cosine(Float32Array.from([1]), Float32Array.from([1, 2])), 0);
});
