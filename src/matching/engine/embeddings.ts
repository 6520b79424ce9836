// Optional dense embeddings: never required, unused unless configured. The engine blends precomputed vectors
// (MatchDocument.vector) when both sides have one; this provider is how a caller may compute them.

export interface EmbeddingProvider {
  embed(texts: string[]): Promise<Float32Array[]>;
}

interface EmbeddingResponse {
  data?: { index?: number; embedding?: number[] }[];
}

/** An OpenAI-compatible `POST {baseUrl}/embeddings` client ({ model, input } → { data: [{ embedding }] }). */
export class OpenAiCompatibleEmbeddings implements EmbeddingProvider {
  private readonly endpoint: string;

  constructor(
    baseUrl: string,
    private readonly model: string,
    private readonly apiKey?: string,
  ) {
    const trimmed = baseUrl.replace(/\/+$/, '');
    this.endpoint = trimmed.endsWith('/embeddings') ? trimmed : `${trimmed}/embeddings`;
  }

  async embed(texts: string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.apiKey) headers.authorization = `Bearer ${this.apiKey}`;
    const response = await fetch(this.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ model: this.model, input: texts }),
    });
    if (!response.ok) throw new Error(`embedding service answered ${response.status} ${response.statusText}`);
    const body = (await response.json()) as EmbeddingResponse;
    const rows = (body.data ?? []).slice().sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    if (rows.length !== texts.length || rows.some((r) => !Array.isArray(r.embedding))) {
      throw new Error(`embedding service returned ${rows.length} vectors for ${texts.length} texts`);
    }
    return rows.map((r) => Float32Array.from(r.embedding!));
  }
}

/** The provider configured by EMBEDDINGS_URL and EMBEDDINGS_MODEL (EMBEDDINGS_API_KEY optional), or null. */
export function embeddingProviderFromEnv(env: NodeJS.ProcessEnv = process.env): EmbeddingProvider | null {
  const url = env.EMBEDDINGS_URL;
  const model = env.EMBEDDINGS_MODEL;
  if (!url || !model) return null;
  return new OpenAiCompatibleEmbeddings(url, model, env.EMBEDDINGS_API_KEY);
}

export function cosine(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i += 1) {
    dot += a[i]! * b[i]!;
    normA += a[i]! * a[i]!;
    normB += b[i]! * b[i]!;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
