import "server-only";
export { buildFeedIcs, FEED_ALARM_BEFORE_SECONDS, FEED_REFRESH_SECONDS, type FeedEntry } from "./build-feed-ics";
export { issueCalendarFeed, revokeCalendarFeed, getCalendarFeedStatus } from "./manage-calendar-feed";
export { findFeedOwner, loadFeedCases } from "./load-calendar-feed";
export {
  feedEntries,
  feedIcsFromCases,
  FEED_MAX_EVENTS,
  FEED_PAST_DAYS,
  FeedTooLargeError,
  type FeedCaseRow,
} from "./feed-from-cases";
export { calendarFeedResponse, type FeedLimits } from "./feed-response";
export { feedText } from "./feed-text";
