import type { PrintBlock, PrintDoc } from "./print-doc";

// A self-contained HTML page (no scripts, no external files) that prints on A4.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
const lines = (text: string) => escapeHtml(text).replace(/\n/g, "<br>");

function block(b: PrintBlock): string {
  switch (b.type) {
    case "heading":
      return `<h2>${escapeHtml(b.text)}</h2>`;
    case "paragraph":
      return `<p>${lines(b.text)}</p>`;
    case "code":
      return `<p class="code">${escapeHtml(b.text)}</p>`;
    case "facts":
      return `<dl>${b.rows.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${lines(v)}</dd>`).join("")}</dl>`;
    case "table": {
      const head = b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${lines(c)}</td>`).join("")}</tr>`).join("");
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }
  }
}

const STYLE = `
body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans SC","Noto Sans CJK SC",sans-serif;line-height:1.6;color:#111;max-width:52rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin:0}h2{font-size:1.15rem;margin:1.6rem 0 .5rem;border-bottom:1px solid #999}
.sub{color:#444;margin:.25rem 0 1rem}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #999;padding:.25rem .4rem;text-align:left;vertical-align:top}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem;overflow-wrap:anywhere;background:#f4f4f4;padding:.25rem .4rem}
td .hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.75rem;overflow-wrap:anywhere}
footer{margin-top:2rem;color:#555;font-size:.85rem}
@page{size:A4;margin:18mm}@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}`;

export function renderHtml(doc: PrintDoc): string {
  const sub = doc.subtitle ? `<p class="sub">${escapeHtml(doc.subtitle)}</p>` : "";
  const foot = doc.footer ? `<footer>${escapeHtml(doc.footer)}</footer>` : "";
  return `<!doctype html>
<html lang="${doc.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head>
<body><main><h1>${escapeHtml(doc.title)}</h1>${sub}${doc.blocks.map(block).join("\n")}</main>${foot}</body></html>
`;
}
