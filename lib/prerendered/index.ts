export {
  PRERENDERED_LOCALE_HEADER,
  PRERENDERED_PAGES,
  isPrerenderedPath,
  prerenderedPage,
  prerenderedPagePath,
  type PageRequest,
  type PrerenderedPage,
} from "./route";
export { inlineScriptHashes, prerenderedScriptHashes } from "./script-hashes";
