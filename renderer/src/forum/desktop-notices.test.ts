import { describe, expect, it } from 'vitest';
import { NO_NOTICES, NOTICE_GAP_MS, noticesToShow } from './desktop-notices';

const note = (id: string, threadId: string, at: string, read = false) => ({ id, threadId, at, read });

describe('noticesToShow', () => {
  const t0 = Date.parse('2026-03-01T10:00:00.000Z');

  it('shows nothing for the inbox as first read, then each new unread notification', () => {
    const first = noticesToShow(NO_NOTICES, [note('n1', 'a', '2026-03-01T09:00:00.000Z')], t0, true);
    expect(first.show).toEqual([]);
    const next = noticesToShow(
      first.state,
      [note('n2', 'b', '2026-03-01T10:00:00.000Z'), note('n1', 'a', '2026-03-01T09:00:00.000Z')],
      t0,
    );
    expect(next.show.map((n) => n.id)).toEqual(['n2']);
  });

  it('shows at most one per thread per minute (the newest of a burst), and one again after the minute', () => {
    const burst = [
      note('n1', 'a', '2026-03-01T10:00:01.000Z'),
      note('n2', 'a', '2026-03-01T10:00:02.000Z'),
      note('n3', 'b', '2026-03-01T10:00:03.000Z'),
    ];
    const first = noticesToShow(NO_NOTICES, burst, t0);
    expect(first.show.map((n) => n.id)).toEqual(['n3', 'n2']);
    const soon = noticesToShow(first.state, [...burst, note('n4', 'a', '2026-03-01T10:00:30.000Z')], t0 + 30_000);
    expect(soon.show).toEqual([]);
    const later = noticesToShow(soon.state, [note('n5', 'a', '2026-03-01T10:01:01.000Z')], t0 + NOTICE_GAP_MS);
    expect(later.show.map((n) => n.id)).toEqual(['n5']);
  });

  it('never shows one already read (read on another device)', () => {
    expect(noticesToShow(NO_NOTICES, [note('n1', 'a', '2026-03-01T10:00:00.000Z', true)], t0).show).toEqual([]);
  });
});
