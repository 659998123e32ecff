import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { LRUCache } from "lru-cache";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Encoding = "br" | "gzip" | "identity";

/** One response body in every encoding served, compressed once; its strong ETag names its bytes. */
export interface PrebuiltResponse {
  contentType: string;
  bodies: Record<Encoding, Buffer>;
  /** Strong validators, one per encoding (a representation each); they share `tag`. */
  etags: Record<Encoding, string>;
  tag: string;
  size: number;
}

export async function prebuild(body: string, contentType: string): Promise<PrebuiltResponse> {
  const identity = Buffer.from(body, "utf8");
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzipAsync(identity, { level: 9 }),
  ]);
  const tag = createHash("sha256").update(identity).digest("base64url").slice(0, 27);
  return {
    contentType,
    bodies: { br, gzip: gz, identity },
    etags: { br: `"${tag}-br"`, gzip: `"${tag}-gz"`, identity: `"${tag}"` },
    tag,
    size: identity.length + br.length + gz.length,
  };
}

/**
 * Pre-built responses of public, immutable content, least recently used first out once their bytes (every
 * encoding counted) pass the budget. Keys name what the bytes are, so an entry is never invalidated, only evicted.
 */
export class PrebuiltResponses {
  private readonly cache: LRUCache<string, PrebuiltResponse>;

  constructor(readonly budgetBytes: number) {
    this.cache = new LRUCache<string, PrebuiltResponse>({
      maxSize: Math.max(1, budgetBytes),
      sizeCalculation: (response) => response.size,
    });
  }

  get(key: string): PrebuiltResponse | undefined {
    return this.cache.get(key);
  }

  /** Keeps the response unless it alone exceeds the budget. */
  set(key: string, response: PrebuiltResponse): void {
    if (response.size <= this.budgetBytes) this.cache.set(key, response);
  }

  get usedBytes(): number {
    return this.cache.calculatedSize;
  }

  get entries(): number {
    return this.cache.size;
  }
}
