// Stored documents (CV PDF, cover letters): list, attach, change role, remove. A file goes to the
// background as bytes, not as base64 text, and is stored encrypted. This page keeps no copy.
import type { JSX, TargetedEvent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { request, requestBinary } from '../src/messaging/client';
import { ErrorMessage } from '../src/ui/components/ErrorMessage';
import { Progress } from '../src/ui/components/Progress';
import { errorMessage, errorText } from '../src/ui/errors';
import { formatBytes, formatDate, t, type MessageKey } from '../src/ui/i18n';
import type { DocumentInfo, DocumentRole } from '../src/vault/cv/model';
import { MAX_DOCUMENT_BYTES, MAX_TOTAL_DOCUMENT_BYTES } from '../src/vault/limits';


const ROLES: { role: DocumentRole; label: MessageKey }[] = [
  { role: 'cv', label: 'documentRole_cv' },
  { role: 'coverLetter', label: 'documentRole_coverLetter' },
  { role: 'other', label: 'documentRole_other' },
];

/** Reads a file's bytes, reporting the read fraction for big files. */
function readBytes(file: File, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(reader.error ?? new Error('File could not be read'));
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}

function RoleSelect(props: { id: string; label: string; value: DocumentRole; onChange: (role: DocumentRole) => void; disabled?: boolean }): JSX.Element {
  return (
    <select
      id={props.id}
      aria-label={props.label}
      value={props.value}
      disabled={props.disabled}
      onChange={(event) => props.onChange(event.currentTarget.value as DocumentRole)}
    >
      {ROLES.map((option) => (
        <option key={option.role} value={option.role}>
          {t(option.label)}
        </option>
      ))}
    </select>
  );
}

export function DocumentsPanel(): JSX.Element {
  const [documents, setDocuments] = useState<DocumentInfo[] | null>(null);
  const [role, setRole] = useState<DocumentRole>('cv');
  const [progress, setProgress] = useState<{ label: string; value?: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function reload(): Promise<void> {
    try {
      setDocuments(await request('documents.list'));
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  useEffect(() => {
    void reload();
  }, []);

  async function attach(event: TargetedEvent<HTMLInputElement>): Promise<void> {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    const used = (documents ?? []).reduce((sum, document) => sum + document.size, 0);
    if (file.size > MAX_DOCUMENT_BYTES) {
      setError(errorText('documentTooLarge', [file.name]));
    } else if (used + file.size > MAX_TOTAL_DOCUMENT_BYTES) {
      setError(errorText('documentsFull'));
    } else {
      try {
        setProgress({ label: t('documents_reading', file.name), value: 0 });
        const bytes = await readBytes(file, (value) => setProgress({ label: t('documents_reading', file.name), value }));
        setProgress({ label: t('documents_saving', file.name) });
        await requestBinary('documents.add', { name: file.name, mimeType: file.type || 'application/octet-stream', role, bytes });
        await reload();
      } catch (failure) {
        setError(errorMessage(failure));
      } finally {
        setProgress(null);
      }
    }
    input.value = '';
  }

  async function run(action: Promise<unknown>): Promise<void> {
    setError(null);
    try {
      await action;
    } catch (failure) {
      setError(errorMessage(failure));
    }
    await reload();
  }

  return (
    <div class="documents">
      <p>{t('documents_explanation')}</p>
      {documents === null && !error && <Progress label={t('documents_loading')} />}
      {documents && documents.length === 0 && <p class="hint">{t('documents_none')}</p>}
      {documents && documents.length > 0 && (
        <table class="document-list">
          <caption>{t('documents_caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('documents_columnName')}</th>
              <th scope="col">{t('documents_columnSize')}</th>
              <th scope="col">{t('documents_columnAdded')}</th>
              <th scope="col">{t('documents_columnRole')}</th>
              <th scope="col"><span class="visually-hidden">{t('documents_columnActions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {documents.map((document) => (
              <tr key={document.id} data-document-id={document.id}>
                <th scope="row">{document.name}</th>
                <td>{formatBytes(document.size)}</td>
                <td>{formatDate(document.addedAt)}</td>
                <td>
                  <RoleSelect
                    id={`document-role-${document.id}`}
                    label={t('documents_roleOf', document.name)}
                    value={document.role}
                    onChange={(next) => void run(request('documents.setRole', { id: document.id, role: next }))}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    class="danger"
                    aria-label={t('documents_removeNamed', document.name)}
                    onClick={() => void run(request('documents.remove', { id: document.id }))}
                  >
                    {t('documents_remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <fieldset class="attach">
        <legend>{t('documents_attachHeading')}</legend>
        <div class="field">
          <label for="document-role">{t('documents_roleLabel')}</label>
          <RoleSelect id="document-role" label={t('documents_roleLabel')} value={role} onChange={setRole} disabled={progress !== null} />
        </div>
        <div class="field">
          <label for="document-file">{t('documents_fileLabel')}</label>
          <input id="document-file" type="file" disabled={progress !== null} onChange={attach} />
          <p class="hint">{t('documents_limits', 10, 50)}</p>
        </div>
      </fieldset>
      {progress && <Progress label={progress.label} value={progress.value} />}
      <ErrorMessage message={error} />
    </div>
  );
}
