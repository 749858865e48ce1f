// A stand-in OCR process for ocr-runner.test.ts: says it is ready, then never answers (a read that
// hangs) or, with "exit" as its argument, dies on the first screenshot (a crash).
process.on("message", () => {
  if (process.argv[2] === "exit") process.exit(3);
});
process.on("disconnect", () => process.exit(0));
process.send?.({ ready: true, loadMs: 0, maxRssKb: 0 });
