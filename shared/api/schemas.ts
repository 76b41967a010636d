import { z } from 'zod';
import { DocumentId, UserId } from '../ids';

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
  'internal',
  // Client-side only: the server could not be reached.
  'unreachable',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiError = z.object({ error: ErrorCode, message: z.string().max(1000) });
export type ApiError = z.infer<typeof ApiError>;

export const Email = z.string().trim().toLowerCase().max(254).email();
export const Password = z.string().min(1).max(1024);
export const DisplayName = z.string().trim().min(1).max(100);
export const Colour = z.string().regex(/^#[0-9a-f]{6}$/i);
export const DocumentTitle = z.string().trim().min(1).max(200);

export const PublicUser = z.object({
  id: UserId,
  email: Email,
  name: DisplayName,
  initials: z.string().min(1).max(3),
  color: Colour,
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
});
export type LoginResponse = z.infer<typeof LoginResponse>;

// GET /api/me
export const MeResponse = z.object({ user: PublicUser, organisation: Organisation });
export type MeResponse = z.infer<typeof MeResponse>;

export const DocumentMeta = z.object({
  id: DocumentId,
  title: DocumentTitle,
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  createdBy: UserId,
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

// GET /api/documents
export const DocumentListResponse = z.object({ documents: z.array(DocumentMeta) });
export type DocumentListResponse = z.infer<typeof DocumentListResponse>;

// POST /api/documents
export const CreateDocumentRequest = z.object({ title: DocumentTitle });
export type CreateDocumentRequest = z.infer<typeof CreateDocumentRequest>;

// PATCH /api/documents/:id
export const RenameDocumentRequest = z.object({ title: DocumentTitle });
export type RenameDocumentRequest = z.infer<typeof RenameDocumentRequest>;

export const DocumentResponse = z.object({ document: DocumentMeta });
export type DocumentResponse = z.infer<typeof DocumentResponse>;

/** Routes, written once. */
export const ApiRoutes = {
  health: '/healthz',
  session: '/api/session',
  me: '/api/me',
  documents: '/api/documents',
  document: (id: DocumentId) => `/api/documents/${encodeURIComponent(id)}`,
} as const;
