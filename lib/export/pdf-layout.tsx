import "server-only";
import path from "node:path";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { PrintBlock, PrintDoc } from "./print-doc";

// PDF through @react-pdf/renderer with an embedded Noto Sans SC (subset per document).
// Chinese has no spaces, so without a hyphenation callback a Chinese paragraph is one
// unbreakable "word" and runs off the page: split CJK runs into single characters.
// Between them goes a lone soft hyphen: React-PDF strips it to an empty piece, which it
// lays out as zero-width glue — a break point without the "-" it inserts when it breaks
// between hyphenation pieces (which would put 如- at the end of Chinese lines).

const FAMILY = "NotoSansSC";
let registered = false;

function registerFont(): void {
  if (registered) return;
  Font.register({ family: FAMILY, src: path.join(process.cwd(), "assets", "fonts", "NotoSansSC-Regular.ttf") });
  Font.registerHyphenationCallback(splitForWrapping);
  registered = true;
}

const CJK_CHAR = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/** A "word" as React-PDF sees it (text between ASCII spaces) → the pieces a line may break between. */
export function splitForWrapping(word: string): string[] {
  if (!CJK_CHAR.test(word)) return [word];
  const pieces: string[] = [];
  let latin = "";
  for (const ch of word) {
    if (CJK_CHAR.test(ch)) {
      if (latin) pieces.push(latin);
      latin = "";
      pieces.push(ch);
    } else latin += ch;
  }
  if (latin) pieces.push(latin);
  // No break before closing punctuation: a line never starts with ，or 。
  return pieces.flatMap((piece, i) => (i === 0 || NO_BREAK_BEFORE.test(piece) ? [piece] : [BREAK, piece]));
}

const NO_BREAK_BEFORE = /^[，。、；：？！）》」』】〕”’…%]/u;

const BREAK = "\u00ad";

const s = StyleSheet.create({
  page: { fontFamily: FAMILY, fontSize: 10, paddingTop: 48, paddingBottom: 56, paddingHorizontal: 44, color: "#111" },
  title: { fontSize: 16, lineHeight: 1.4, marginBottom: 4 },
  subtitle: { fontSize: 9, lineHeight: 1.4, color: "#444", marginBottom: 10 },
  heading: {
    fontSize: 12.5,
    lineHeight: 1.4,
    marginTop: 12,
    marginBottom: 5,
    paddingBottom: 2,
    borderBottom: "0.75pt solid #999",
  },
  paragraph: { lineHeight: 1.5, marginBottom: 6 },
  code: { fontSize: 8, lineHeight: 1.4, backgroundColor: "#f2f2f2", padding: 3, marginBottom: 6 },
  factRow: { flexDirection: "row", marginBottom: 1 },
  factKey: { width: "32%", lineHeight: 1.4, color: "#333", paddingRight: 6 },
  factValue: { width: "68%", lineHeight: 1.4 },
  table: { borderTop: "0.5pt solid #999", borderLeft: "0.5pt solid #999", marginBottom: 6 },
  row: { flexDirection: "row" },
  cell: {
    borderRight: "0.5pt solid #999",
    borderBottom: "0.5pt solid #999",
    padding: 3,
    fontSize: 8.5,
    lineHeight: 1.4,
  },
  headCell: { backgroundColor: "#eee" },
  footer: { position: "absolute", bottom: 24, left: 44, right: 44, fontSize: 7.5, color: "#666", flexDirection: "row" },
  footerText: { flexGrow: 1, lineHeight: 1.3 },
});

function Block({ block }: { block: PrintBlock }) {
  switch (block.type) {
    case "heading":
      return (
        <Text style={s.heading} minPresenceAhead={40}>
          {block.text}
        </Text>
      );
    case "paragraph":
      return <Text style={s.paragraph}>{block.text}</Text>;
    case "code":
      return <Text style={s.code}>{block.text}</Text>;
    case "facts":
      return (
        <View style={{ marginBottom: 6 }}>
          {block.rows.map(([key, value], i) => (
            <View key={i} style={s.factRow} wrap={false}>
              <Text style={s.factKey}>{key}</Text>
              <Text style={s.factValue}>{value}</Text>
            </View>
          ))}
        </View>
      );
    case "table": {
      const widths = block.widths ?? block.head.map(() => 1);
      const total = widths.reduce((a, b) => a + b, 0);
      const width = (i: number) => `${((widths[i] ?? 1) / total) * 100}%`;
      return (
        <View style={s.table}>
          <View style={s.row} fixed>
            {block.head.map((h, i) => (
              <Text key={i} style={[s.cell, s.headCell, { width: width(i) }]}>
                {h}
              </Text>
            ))}
          </View>
          {block.rows.map((row, r) => (
            <View key={r} style={s.row} wrap={false}>
              {row.map((cell, i) => (
                <Text key={i} style={[s.cell, { width: width(i) }]}>
                  {cell}
                </Text>
              ))}
            </View>
          ))}
        </View>
      );
    }
  }
}

function PrintDocument({ doc }: { doc: PrintDoc }) {
  return (
    <Document title={doc.title} language={doc.locale} creator="Recourse" producer="Recourse">
      <Page size="A4" style={s.page}>
        <Text style={s.title}>{doc.title}</Text>
        {doc.subtitle ? <Text style={s.subtitle}>{doc.subtitle}</Text> : null}
        {doc.blocks.map((block, i) => (
          <Block key={i} block={block} />
        ))}
        <View style={s.footer} fixed>
          <Text style={s.footerText}>{doc.footer ?? ""}</Text>
          <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

/**
 * The document as PDF bytes (small: tens of KB with the font subset), rendered on the calling
 * thread: a pool thread (lib/pool, ADR 0029), never the web server's event loop — a letter's
 * layout holds the loop for hundreds of ms. The server calls renderPdf (render-pdf.ts).
 */
export async function renderPdfOnThisThread(doc: PrintDoc): Promise<Buffer> {
  registerFont();
  return renderToBuffer(<PrintDocument doc={doc} />);
}
