import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { nodeIo } from "../../src/cli/index.js";

const dir = mkdtempSync(join(tmpdir(), "vnpolity-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("nodeIo", () => {
  it("reads a UTF-8 file", async () => {
    const path = join(dir, "bài-viết.txt");
    writeFileSync(path, "Nghị quyết số 57-NQ/TW", "utf8");
    await expect(nodeIo.readFile(path)).resolves.toBe("Nghị quyết số 57-NQ/TW");
  });

  it("rejects for a missing file", async () => {
    await expect(nodeIo.readFile(join(dir, "missing.txt"))).rejects.toThrow(/ENOENT/);
  });

  it("writes to the standard streams", () => {
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      nodeIo.stdout("out\n");
      nodeIo.stderr("err\n");
      expect(out).toHaveBeenCalledWith("out\n");
      expect(err).toHaveBeenCalledWith("err\n");
    } finally {
      out.mockRestore();
      err.mockRestore();
    }
  });
});
