// Preloaded by the backup bench (NODE_OPTIONS) into every node process of `npm run backup` and
// `npm run restore`: each prints its peak RSS and its script's file name on exit, and the bench
// picks the CLI's own (the parent cannot read a child's rusage from Node).
process.on("exit", () => {
  const script = (process.argv[1] ?? "").split("/").pop();
  process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS} ${script}\n`);
});
