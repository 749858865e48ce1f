import { notFound } from "next/navigation";

// Any URL no other route matches lands here, so its 404 renders inside a document with the
// visitor's language and header. There is no app/not-found.tsx: Next renders that file into
// every page, the prerendered ones too, and it would have to read the session and cookie.
export default function UnknownPage(): never {
  notFound();
}
