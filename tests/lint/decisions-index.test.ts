import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

// docs/decisions/README.md indexes every decision with the date and status the file itself gives
// (its `Date:` line and its `Status:` paragraph, which may wrap onto the next lines).
const dir = fileURLToPath(new URL("../../docs/decisions/", import.meta.url));
const files = readdirSync(dir).filter((name) => /^\d{4}-.*\.md$/.test(name));

function header(name: string): { date: string; status: string } {
  const lines = readFileSync(`${dir}${name}`, "utf8").split("\n");
  const at = lines.findIndex((line) => line.startsWith("Status:"));
  const status: string[] = [];
  for (const line of lines.slice(at)) {
    if (!line.trim() || line.startsWith("#")) break;
    status.push(line.trim());
  }
  const date = lines.find((line) => line.startsWith("Date:")) ?? "";
  return { date: date.slice("Date:".length).trim(), status: status.join(" ").slice("Status:".length).trim() };
}

type Row = { file: string; date: string; status: string };

function indexRows(): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const line of readFileSync(`${dir}README.md`, "utf8").split("\n")) {
    const row = /^\| (\d{4}) \| \[.*\]\(([^)]+)\) \| ([^|]+) \| (.+) \|$/.exec(line);
    if (row) rows.set(row[1]!, { file: row[2]!, date: row[3]!.trim(), status: row[4]!.trim() });
  }
  return rows;
}

describe("docs/decisions/README.md", () => {
  test("has a decision file per number (at least one, so the parsing is checked too)", () => {
    expect(files.length).toBeGreaterThan(30);
    for (const name of files) expect(header(name).status, name).not.toBe("");
  });

  test("indexes every decision file, with the date and status the file gives", () => {
    const rows = indexRows();
    for (const name of files) {
      const number = name.slice(0, 4);
      expect(rows.get(number), `${name}: its row is missing, or its date or status differs from the file`).toEqual({
        file: name,
        ...header(name),
      });
    }
  });

  test("links no file that is not there", () => {
    for (const { file } of indexRows().values()) expect(files).toContain(file);
  });
});
