import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, inject, it } from "vitest";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP GET (no automatic decompression), so the test sees exactly the bytes a browser gets. */
function get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, inject("baseURL")), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** One address asked for as brotli, gzip and plain: each answer is the same content in the encoding asked for. */
async function threeWays(path: string): Promise<[Answer, Answer, Answer]> {
  const [br, gzip, plain] = await Promise.all([
    get(path, { "accept-encoding": "gzip, deflate, br" }),
    get(path, { "accept-encoding": "gzip" }),
    get(path),
  ]);
  expect([br.status, gzip.status, plain.status]).toEqual([200, 200, 200]);
  expect(br.headers["content-encoding"]).toBe("br");
  expect(gzip.headers["content-encoding"]).toBe("gzip");
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
  expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  return [br, gzip, plain];
}

describe("the server sends pages and downloads compressed once, at build time", () => {
  for (const path of ["/", "/states/missouri", "/data/relief-laws.json"]) {
    it(`${path}: brotli, gzip or plain, the same content, each with its own strong ETag and the same headers`, async () => {
      const [br, gzip, plain] = await threeWays(path);
      expect(br.body.length).toBeLessThan(gzip.body.length);
      const etags = [br, gzip, plain].map((answer) => answer.headers.etag);
      for (const etag of etags) expect(etag).toMatch(/^"[^"]+"$/);
      expect(new Set(etags).size).toBe(3);
      for (const answer of [br, gzip, plain]) {
        expect(answer.headers.vary).toMatch(/Accept-Encoding/);
        expect(answer.headers["content-security-policy"]).toBe(plain.headers["content-security-policy"]);
        expect(answer.headers["x-content-type-options"]).toBe("nosniff");
      }
    });
  }

  it("answers 304 Not Modified, with no body and the same security headers, when the page has not changed", async () => {
    const first = await get("/", { "accept-encoding": "br" });
    const again = await get("/", { "accept-encoding": "br", "if-none-match": String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);
    const other = await get("/", { "accept-encoding": "br", "if-none-match": '"something-else"' });
    expect(other.status).toBe(200);
  });

  it("sends a build script only the headers a script needs, while its page keeps the document policies", async () => {
    const page = await get("/", { "accept-encoding": "br" });
    const html = brotliDecompressSync(page.body).toString("utf8");
    const script = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(script, "the page loads a build script").toBeTruthy();
    const asset = await get(script!, { "accept-encoding": "br" });
    expect(asset.status).toBe(200);
    expect(asset.headers["x-content-type-options"]).toBe("nosniff");
    expect(asset.headers["cross-origin-resource-policy"]).toBe("same-origin");
    expect(asset.headers["content-security-policy"]).toBeUndefined();
    expect(asset.headers["permissions-policy"]).toBeUndefined();
    expect(page.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(page.headers["permissions-policy"]).toMatch(/camera=\(\)/);
  });

  it("compresses a page filled per request (compare for browsers without JavaScript) with brotli where the browser takes it", async () => {
    const [br, gzip, plain] = await threeWays("/compare?a=mo&b=ny");
    expect(plain.body.toString("utf8")).toContain("New York");
    expect(br.body.length).toBeLessThan(gzip.body.length * 0.85);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
  });
});
