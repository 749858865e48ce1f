// Preloaded by the backup bench into the backup and restore processes: their peak RSS, printed
// on exit (the parent cannot read a child's rusage from Node).
process.on("exit", () => {
  process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
