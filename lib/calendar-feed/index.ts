import "server-only";
export {
  buildFeedIcs,
  FEED_ALARM_BEFORE_SECONDS,
  FEED_REFRESH_SECONDS,
  type FeedEntry,
  type FeedLocale,
} from "./build-feed-ics";
export { issueCalendarFeed, revokeCalendarFeed, getCalendarFeedStatus } from "./manage-calendar-feed";
export { loadCalendarFeed } from "./load-calendar-feed";
export { feedText } from "./feed-text";
