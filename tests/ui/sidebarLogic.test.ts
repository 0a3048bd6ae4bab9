/**
 * The DOM-free parts of the sidebar, in Node: time formatting, the change since the previous run,
 * and how failures become Vietnamese messages. (The rendering is tested in Chromium.)
 */
import { formatDateTime } from '../../src/ui/sidebar/time';
import { deltaText } from '../../src/ui/sidebar/delta';
import { errorFromFailure, errorFromResult, SidebarError } from '../../src/ui/sidebar/errors';
import { SIDEBAR_TEXT as T } from '../../src/core/text';

describe('formatDateTime (Asia/Ho_Chi_Minh, UTC+7)', () => {
  test.each([
    ['2024-01-05T07:30:00.000Z', '05/01/2024 14:30'],
    // Crosses midnight and the year in Vietnam.
    ['2023-12-31T17:30:00Z', '01/01/2024 00:30'],
    ['2023-12-31T16:59:59Z', '31/12/2023 23:59'],
    ['2024-02-29T00:00:00+07:00', '29/02/2024 00:00'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateTime(iso)).toBe(expected);
  });

  test.each(['', 'hôm qua', '<img src=x onerror=alert(1)>', '2024-13-45T99:00:00Z'])('unreadable %p → null', (iso) => {
    expect(formatDateTime(iso)).toBeNull();
  });
});

describe('deltaText', () => {
  test('rises, falls, and stays the same in exact thousandths', () => {
    expect(deltaText(13, 12.5)).toEqual({ text: '▲ +0,5', direction: 'up' });
    expect(deltaText(8.5, 9.5)).toEqual({ text: '▼ \u22121', direction: 'down' });
    expect(deltaText(19.348, 19.347)).toEqual({ text: '▲ +0,001', direction: 'up' });
    expect(deltaText(1234.5, 0)).toEqual({ text: '▲ +1.234,5', direction: 'up' });
    // Floating-point noise is not a change.
    expect(deltaText(0.1 + 0.2, 0.3)).toBeNull();
    expect(deltaText(19.348, 19.348)).toBeNull();
  });
});

describe('error messages', () => {
  test.each([
    "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    'Authorization is required to perform that action.',
    'ScriptError: PERMISSION_DENIED',
  ])('multi-account failure %p → the sign-out / incognito hint', (raw) => {
    const e = errorFromFailure(new Error(raw));
    expect(e.message).toBe(T.multiAccount);
    expect(e.hint).toBe(T.multiAccountHint);
    expect(e.detail).toBe(raw);
  });

  test('other failures get a Vietnamese message, the raw text only as a clipped detail', () => {
    const e = errorFromFailure(new Error('x'.repeat(1000)));
    expect(e.message).toBe(T.serverFailure);
    expect(e.hint).toBe(T.serverFailureHint);
    expect(e.detail!.length).toBeLessThanOrEqual(300);
    expect(errorFromFailure(new Error('Exceeded maximum execution time')).message).toBe(T.timeout);
    expect(errorFromFailure(undefined)).toEqual(expect.objectContaining({ message: T.serverFailure, detail: null }));
    expect(errorFromFailure({ message: 'PERMISSION_DENIED' }).message).toBe(T.multiAccount);
  });

  test('{ok:false} keeps the server message and hint', () => {
    const e = errorFromResult('Đang có người tính điểm.', 'Thử lại sau ít phút.');
    expect(e).toBeInstanceOf(SidebarError);
    expect([e.message, e.hint]).toEqual(['Đang có người tính điểm.', 'Thử lại sau ít phút.']);
    expect(errorFromResult('Lỗi.', undefined).hint).toBeNull();
  });
});
