import type { Duplex } from 'node:stream';
import type { ApiError } from '../../shared/api/schemas';

/** Requests Node's HTTP parser refuses before any route sees them, answered in the API's own error shape. */
const ANSWERS: Record<string, { status: number; text: string; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, text: 'Request Timeout', message: 'The request did not arrive in time.' },
  HPE_HEADER_OVERFLOW: {
    status: 431,
    text: 'Request Header Fields Too Large',
    message: 'The request line or its headers are too long.',
  },
};
const BAD_REQUEST = { status: 400, text: 'Bad Request', message: 'The request is not valid HTTP.' };

export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  // Node's own check: an answer already under way must not be interrupted by a second one.
  const started = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (error.code === 'ECONNRESET' || !socket.writable || started) {
    socket.destroy();
    return;
  }
  const answer = ANSWERS[error.code ?? ''] ?? BAD_REQUEST;
  const body = JSON.stringify({ error: 'invalid_request', message: answer.message } satisfies ApiError);
  socket.end(
    `HTTP/1.1 ${answer.status} ${answer.text}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\n\r\n${body}`,
  );
}
