import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { test, expect } from "vitest";
import { renderPdf } from "@/lib/export/render-pdf";
test("try", async () => {
  const long = "本人于二〇二六年十一月二十九日在支付宝上被人以刷单返利为名骗走人民币二万八千元整，现将经过详细说明如下，请公安机关依法立案侦查并协助追回损失。".repeat(3);
  const pdf = await renderPdf({ locale: "zh-CN", title: "报案材料", blocks: [{ type: "paragraph", text: long }, { type: "code", text: "a".repeat(64) }, { type: "table", head: ["文件", "SHA-256"], rows: [["截图.png", "b".repeat(64)]], widths: [1, 3] }] });
  writeFileSync("/work/wt/tmp-bundle/try.pdf", pdf);
  const text = execFileSync("pdftotext", ["-layout", "/work/wt/tmp-bundle/try.pdf", "-"], { encoding: "utf8" });
  console.log(text);
  expect(text).toContain("报案材料");
});
