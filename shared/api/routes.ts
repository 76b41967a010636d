/** The HTTP API's routes, written once; server/README.md says what each does. */
const part = encodeURIComponent;

export const ApiRoutes = {
  health: '/healthz',
  session: '/api/session',
  me: '/api/me',
  /** Who shares a space with the signed-in person (shared/api/people.ts). */
  people: '/api/people',
  documents: '/api/documents',
  document: (id: string) => `/api/documents/${part(id)}`,
  spaces: '/api/spaces',
  space: (id: string) => `/api/spaces/${part(id)}`,
  spaceDocuments: (id: string) => `/api/spaces/${part(id)}/documents`,
  /** Import (doc-export): POST ImportDocumentRequest (shared/api/document-import.ts), a new document from Markdown. */
  documentImport: (spaceId: string) => `/api/spaces/${part(spaceId)}/documents/import`,
  members: (spaceId: string) => `/api/spaces/${part(spaceId)}/members`,
  member: (spaceId: string, userId: string) => `/api/spaces/${part(spaceId)}/members/${part(userId)}`,
  invites: (spaceId: string) => `/api/spaces/${part(spaceId)}/invites`,
  invite: (spaceId: string, inviteId: string) => `/api/spaces/${part(spaceId)}/invites/${part(inviteId)}`,
  /** The forum (shared/api/forum.ts); its content is read from its rooms, not from these routes. */
  forumCategories: (spaceId: string) => `/api/spaces/${part(spaceId)}/forum/categories`,
  forumCategory: (spaceId: string, categoryId: string) =>
    `/api/spaces/${part(spaceId)}/forum/categories/${part(categoryId)}`,
  forumThreads: (spaceId: string) => `/api/spaces/${part(spaceId)}/forum/threads`,
  forumThread: (spaceId: string, threadId: string) => `/api/spaces/${part(spaceId)}/forum/threads/${part(threadId)}`,
  forumPosts: (spaceId: string, threadId: string) =>
    `/api/spaces/${part(spaceId)}/forum/threads/${part(threadId)}/posts`,
  forumPost: (spaceId: string, threadId: string, postId: string) =>
    `/api/spaces/${part(spaceId)}/forum/threads/${part(threadId)}/posts/${part(postId)}`,
  /** PUT HidePostRequest (moderators). */
  forumPostHidden: (spaceId: string, threadId: string, postId: string) =>
    `/api/spaces/${part(spaceId)}/forum/threads/${part(threadId)}/posts/${part(postId)}/hidden`,
  /** PUT ReactRequest. */
  forumPostReactions: (spaceId: string, threadId: string, postId: string) =>
    `/api/spaces/${part(spaceId)}/forum/threads/${part(threadId)}/posts/${part(postId)}/reactions`,
  /** PUT ReadRequest: one's read position in the thread. */
  forumThreadRead: (spaceId: string, threadId: string) =>
    `/api/spaces/${part(spaceId)}/forum/threads/${part(threadId)}/read`,
  /** POST: every thread of the space read up to its last post. */
  forumReadAll: (spaceId: string) => `/api/spaces/${part(spaceId)}/forum/read`,
  /** PUT WatchRequest. */
  forumThreadWatch: (spaceId: string, threadId: string) =>
    `/api/spaces/${part(spaceId)}/forum/threads/${part(threadId)}/watch`,
  forumCategoryWatch: (spaceId: string, categoryId: string) =>
    `/api/spaces/${part(spaceId)}/forum/categories/${part(categoryId)}/watch`,
  /** POST NotificationsReadRequest: one's own notifications, on every server-wide forum. */
  forumNotificationsRead: '/api/forum/notifications/read',
  /** Comments on a document (shared/api/comments.ts); their content is read from the comments room. */
  commentThreads: (documentId: string) => `/api/documents/${part(documentId)}/comments`,
  commentThread: (documentId: string, threadId: string) =>
    `/api/documents/${part(documentId)}/comments/${part(threadId)}`,
  commentResolved: (documentId: string, threadId: string) =>
    `/api/documents/${part(documentId)}/comments/${part(threadId)}/resolved`,
  comment: (documentId: string, threadId: string, commentId: string) =>
    `/api/documents/${part(documentId)}/comments/${part(threadId)}/${part(commentId)}`,
  /** Images in a space's documents (shared/media/images.ts): PUT the bytes (writers), GET them (viewers). */
  spaceImage: (spaceId: string, hash: string) => `/api/spaces/${part(spaceId)}/images/${part(hash)}`,
  /** The document library (shared/api/document-library.ts): bin, duplicate, translations, templates. */
  documentBin: (id: string) => `/api/documents/${part(id)}/bin`,
  documentRestore: (id: string) => `/api/documents/${part(id)}/restore`,
  documentDuplicate: (id: string) => `/api/documents/${part(id)}/duplicate`,
  documentTranslation: (id: string) => `/api/documents/${part(id)}/translation`,
  documentSaveAsTemplate: (id: string) => `/api/documents/${part(id)}/save-as-template`,
  spaceBin: (spaceId: string) => `/api/spaces/${part(spaceId)}/bin`,
  spaceBinEmpty: (spaceId: string) => `/api/spaces/${part(spaceId)}/bin/empty`,
  spaceTemplates: (spaceId: string) => `/api/spaces/${part(spaceId)}/templates`,
  spaceTemplate: (spaceId: string, templateId: string) => `/api/spaces/${part(spaceId)}/templates/${part(templateId)}`,
  invitation: (code: string) => `/api/invites/${part(code)}`,
  acceptInvite: (code: string) => `/api/invites/${part(code)}/accept`,
  signup: (code: string) => `/api/invites/${part(code)}/signup`,
  // A document's versions (shared/history/versions.ts); their list is the room `history:<documentId>`.
  /** POST NameVersionRequest: names the document as it is now (writers). */
  documentVersions: (documentId: string) => `/api/documents/${part(documentId)}/versions`,
  /** GET a version's content; PATCH NameVersionRequest renames it (writers). */
  documentVersion: (documentId: string, versionId: string) =>
    `/api/documents/${part(documentId)}/versions/${part(versionId)}`,
  /** GET what changed from the version to now. */
  documentVersionChanges: (documentId: string, versionId: string) =>
    `/api/documents/${part(documentId)}/versions/${part(versionId)}/changes`,
  /** POST: restores the version as a new change (writers). */
  documentVersionRestore: (documentId: string, versionId: string) =>
    `/api/documents/${part(documentId)}/versions/${part(versionId)}/restore`,
} as const;
