import { z } from 'zod';
import { DocumentId, PostId, SpaceId, ThreadId, UserId } from '../ids';
export { ApiRoutes } from './routes';

/**
 * The HTTP API of the sync server. The server validates every body with these schemas,
 * and clients validate every answer with them. See server/README.md for the routes.
 */

export const ErrorCode = z.enum([
  'invalid_credentials',
  'rate_limited',
  'unauthorized',
  'forbidden',
  'not_found',
  'invalid_request',
  'payload_too_large',
  'conflict',
  // A change sent again with its Idempotency-Key while the first sending is still being handled.
  'request_in_progress',
  // A change sent again with its Idempotency-Key that was made the first time, though its answer was lost.
  'already_done',
  // An invite that has expired, been revoked or been used up.
  'gone',
  // A reply to a forum thread a moderator has locked.
  'locked',
  'internal',
  // Client-side only: the server could not be reached.
  'unreachable',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({ error: ErrorCode, message: z.string().max(1000) });

/**
 * Sent with a change a client may send more than once (its outbox): the server makes the
 * change once per key and person, and answers a repeat with the first answer.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export type ApiError = z.infer<typeof ApiError>;

export const Email = z.string().trim().toLowerCase().max(254).email();
export const Password = z.string().min(1).max(1024);
export const DisplayName = z.string().trim().min(1).max(100);
export const Colour = z.string().regex(/^#[0-9a-f]{6}$/i);
export const DocumentTitle = z.string().trim().min(1).max(200);

/** Colours a person may choose for their cursor and avatar: each readable behind white text. */
export const PROFILE_COLOURS = [
  '#1d6fa5',
  '#a23b72',
  '#2e7d32',
  '#b35c00',
  '#6a4c93',
  '#00796b',
  '#c62828',
  '#4e5d6c',
] as const;
export const ProfileColour = z.enum(PROFILE_COLOURS);
export const Initials = z
  .string()
  .trim()
  .min(1)
  .max(3)
  .regex(/^[\p{L}\p{N}]+$/u, 'letters or digits only');
/** Library service or organisation, and region: free text, may be empty. */
export const ProfileDetail = z.string().trim().max(120);

/** A person as others see them: in member lists, presence and cursors. */
export const PublicUser = z.object({
  id: UserId,
  email: Email,
  name: DisplayName,
  initials: z.string().min(1).max(3),
  color: Colour,
  service: ProfileDetail,
  region: ProfileDetail,
});
export type PublicUser = z.infer<typeof PublicUser>;

export const Organisation = z.object({ name: z.string().min(1).max(200) });
export type Organisation = z.infer<typeof Organisation>;

export const Health = z.object({ ok: z.literal(true), service: z.literal('branchline'), version: z.string() });
export type Health = z.infer<typeof Health>;

// POST /api/session
export const LoginRequest = z.object({ email: Email, password: Password });
export type LoginRequest = z.infer<typeof LoginRequest>;
export const LoginResponse = z.object({
  token: z.string().min(32).max(256),
  expiresAt: z.string().datetime(),
  user: PublicUser,
  organisation: Organisation,
  serverAdmin: z.boolean(),
});
export type LoginResponse = z.infer<typeof LoginResponse>;

// GET /api/me
export const MeResponse = z.object({ user: PublicUser, organisation: Organisation, serverAdmin: z.boolean() });
export type MeResponse = z.infer<typeof MeResponse>;

// PATCH /api/me: one's own profile
export const ProfileUpdate = z
  .object({
    name: DisplayName,
    initials: Initials,
    color: ProfileColour,
    service: ProfileDetail,
    region: ProfileDetail,
  })
  .partial();
export type ProfileUpdate = z.infer<typeof ProfileUpdate>;

/** The language a document is written in: English or Welsh. */
export const DocumentLanguage = z.enum(['en', 'cy']);
export type DocumentLanguage = z.infer<typeof DocumentLanguage>;

/** Who edited a document lately, most recent first (a few names: "edited by" and the library's filter). */
export const MAX_RECENT_EDITORS = 5;

export const DocumentMeta = z.object({
  id: DocumentId,
  title: DocumentTitle,
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  createdBy: UserId,
  spaceId: SpaceId,
  // The fields below came with the document library (issue 14); stored documents without them read with these defaults.
  language: DocumentLanguage.default('en'),
  /** The same document in the other language, linked both ways (null: none). */
  translationId: DocumentId.nullable().default(null),
  /** In the space's bin since (null: not binned). A binned document is read-only and left out of lists. */
  binnedAt: z.string().datetime().nullable().default(null),
  binnedBy: UserId.nullable().default(null),
  /** Whose socket last changed the text (null: nobody since this was kept). */
  lastEditedBy: UserId.nullable().default(null),
  recentEditors: z.array(UserId).max(MAX_RECENT_EDITORS).default([]),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** The library's fields of a new document, or one stored before they existed. */
export const DOCUMENT_LIBRARY_DEFAULTS = {
  language: 'en',
  translationId: null,
  binnedAt: null,
  binnedBy: null,
  lastEditedBy: null,
  recentEditors: [],
} as const satisfies Partial<z.input<typeof DocumentMeta>>;

// GET /api/documents (every document the person may see) and GET /api/spaces/:id/documents
export const DocumentListResponse = z.object({ documents: z.array(DocumentMeta) });
export type DocumentListResponse = z.infer<typeof DocumentListResponse>;

// POST /api/spaces/:id/documents
export const CreateDocumentRequest = z.object({
  title: DocumentTitle,
  /** A thread of the same space whose shown posts start the document (a discussion turned into a document). */
  fromThread: ThreadId.optional(),
  /** Of the thread's shown posts, only these (absent: all of them). */
  posts: z.array(PostId).max(500).optional(),
  /** A built-in template's id or one of the space's own templates (shared/api/document-library.ts). */
  template: z.string().min(1).max(64).optional(),
  language: DocumentLanguage.optional(),
});
export type CreateDocumentRequest = z.infer<typeof CreateDocumentRequest>;

// PATCH /api/documents/:id: rename (writers), move to another space (admins of both spaces)
export const UpdateDocumentRequest = z
  .object({ title: DocumentTitle, spaceId: SpaceId, language: DocumentLanguage })
  .partial()
  .refine(
    (body) => body.title !== undefined || body.spaceId !== undefined || body.language !== undefined,
    'nothing to change',
  );
export type UpdateDocumentRequest = z.infer<typeof UpdateDocumentRequest>;

export const DocumentAccess = z.enum(['write', 'read']);
export type DocumentAccess = z.infer<typeof DocumentAccess>;

// GET /api/documents/:id; POST and PATCH answer with the same shape.
export const DocumentResponse = z.object({ document: DocumentMeta, access: DocumentAccess });
export type DocumentResponse = z.infer<typeof DocumentResponse>;
