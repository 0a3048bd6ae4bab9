/**
 * "Tải tài liệu kiểm chứng": the official picks a criterion (or takes the active cell's row) and files;
 * the limits are checked here before anything is read or sent, the files go to the server as base64,
 * and the answer lists each file with its link. The criteria are asked for only when the section is
 * opened, so opening the sidebar costs no extra read of the workbook.
 */
import type { FailureLink, UploadFileRequest, UploadResultView, UploadTargetView } from '../contract';
import {
  ACCEPT_ATTRIBUTE,
  checkUploadFiles,
  formatBytes,
  MAX_CALL_BYTES,
  MAX_FILE_BYTES,
  MAX_FILES_PER_CALL,
} from '../../core/evidence/upload';
import { UPLOAD_UI_TEXT as U, UPLOAD_TEXT as T } from '../../core/text/evidence';
import { append, externalLink, h, replaceChildren, safeHttpUrl } from './dom';
import { SidebarError } from './errors';
import { asSidebarError, call } from './server';

const TITLE_CHARS = 60;

/** The file's bytes as base64 (the data URL's payload). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      const comma = url.indexOf(',');
      if (comma < 0) reject(new SidebarError(U.readFailed(file.name), U.readFailedHint));
      else resolve(url.slice(comma + 1));
    };
    reader.onerror = () => reject(new SidebarError(U.readFailed(file.name), U.readFailedHint));
    reader.readAsDataURL(file);
  });
}

export function uploadSection(): HTMLElement {
  let loaded = false;
  let busy = false;

  const select = h('select', { id: 'upload-criterion', attrs: { 'aria-label': U.criterionLabel } });
  const activeButton = h(
    'button',
    { className: 'link-btn', id: 'upload-active', attrs: { type: 'button' } },
    U.activeRow,
  );
  const note = h('p', { className: 'muted upload-note' });
  const input = h('input', {
    id: 'upload-files',
    attrs: { type: 'file', multiple: '', accept: ACCEPT_ATTRIBUTE, 'aria-label': U.filesLabel },
  });
  const uploadButton = h('button', { className: 'action', id: 'upload-send', attrs: { type: 'button' } }, U.upload);
  const message = h('div', { className: 'upload-message', attrs: { role: 'status', 'aria-live': 'polite' } });
  const result = h('div', { className: 'upload-result' });

  function setBusy(value: boolean, label?: string): void {
    busy = value;
    for (const el of [select, activeButton, input, uploadButton]) el.disabled = value;
    replaceChildren(
      uploadButton,
      ...(value
        ? [h('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), label ?? U.uploading]
        : [U.upload]),
    );
  }

  function showMessage(
    kind: 'error' | 'warning' | 'done',
    text: string,
    hint?: string | null,
    link?: FailureLink | null,
  ): void {
    const url = link ? safeHttpUrl(link.url) : null;
    replaceChildren(
      message,
      h(
        'div',
        { className: `upload-box ${kind}` },
        h('strong', { className: 'upload-title' }, text),
        hint ? h('p', { className: 'hint' }, hint) : null,
        url && link ? h('p', { className: 'upload-grant' }, externalLink(url, link.label)) : null,
      ),
    );
  }

  function fillTargets(target: UploadTargetView): void {
    const keep = select.value;
    replaceChildren(
      select,
      h('option', { attrs: { value: '' } }, `— ${U.criterionLabel} —`),
      ...target.criteria.map((c) => {
        const title = c.title.length > TITLE_CHARS ? `${c.title.slice(0, TITLE_CHARS - 1)}…` : c.title;
        return h('option', { attrs: { value: c.code } }, `${c.code} ${title}`);
      }),
    );
    select.value = target.active ?? keep;
    note.textContent = target.active ? '' : target.activeNote || U.pickHint;
  }

  async function loadTargets(): Promise<void> {
    if (busy) return;
    setBusy(true, U.loading);
    try {
      fillTargets(await call('sidebarUploadTarget'));
      loaded = true;
    } catch (reason) {
      const e = asSidebarError(reason);
      showMessage('error', e.message, e.hint, e.link);
    } finally {
      setBusy(false);
    }
  }

  function showResult(r: UploadResultView): void {
    showMessage(r.linked && r.files.every((f) => f.ok) ? 'done' : 'warning', r.message, r.hint);
    const folder = safeHttpUrl(r.folderUrl);
    replaceChildren(
      result,
      h(
        'ul',
        { className: 'upload-files' },
        ...r.files.map((f) => {
          const url = f.ok ? safeHttpUrl(f.url) : null;
          return h(
            'li',
            { className: f.ok ? 'ok' : 'failed' },
            url ? externalLink(url, f.name) : h('span', null, f.name),
            h('span', { className: 'muted' }, ` · ${f.ok ? U.uploadedFile : `${U.failedFile}: ${f.message}`}`),
          );
        }),
      ),
      folder ? h('p', { className: 'upload-folder' }, externalLink(folder, U.openFolder)) : null,
    );
  }

  async function upload(): Promise<void> {
    if (busy) return;
    replaceChildren(result);
    const code = select.value;
    if (!code) {
      showMessage('error', T.noCriterion, T.noCriterionHint);
      return;
    }
    const files = Array.from(input.files ?? []);
    // Before reading anything: a file over the limit is never read nor sent.
    const problem = checkUploadFiles(files.map((f) => ({ name: f.name, size: f.size })));
    if (problem) {
      showMessage('error', problem.message, problem.hint);
      return;
    }
    replaceChildren(message);
    setBusy(true);
    try {
      const payload: UploadFileRequest[] = [];
      for (const f of files) payload.push({ name: f.name, base64: await readBase64(f) });
      const r = await call('sidebarUploadEvidence', { code, files: payload });
      showResult(r);
      if (r.files.every((f) => f.ok)) input.value = '';
    } catch (reason) {
      const e = asSidebarError(reason);
      showMessage('error', e.message, e.hint, e.link);
    } finally {
      setBusy(false);
    }
  }

  activeButton.addEventListener('click', () => void loadTargets());
  uploadButton.addEventListener('click', () => void upload());
  const details = h(
    'details',
    { id: 'upload-details' },
    h('summary', null, h('h2', null, U.title)),
    h('p', { className: 'muted' }, U.intro),
    h(
      'div',
      { className: 'upload-row' },
      h('label', { attrs: { for: 'upload-criterion' } }, U.criterionLabel),
      activeButton,
    ),
    select,
    note,
    h('label', { className: 'upload-label', attrs: { for: 'upload-files' } }, U.filesLabel),
    input,
    h(
      'p',
      { className: 'muted upload-limits' },
      U.limits(formatBytes(MAX_FILE_BYTES), formatBytes(MAX_CALL_BYTES), MAX_FILES_PER_CALL),
    ),
    uploadButton,
    message,
    result,
  );
  details.addEventListener('toggle', () => {
    if (details.open && !loaded) void loadTargets();
  });
  const section = h('section', { className: 'section upload', id: 'upload' });
  append(section, details);
  return section;
}
