// File inputs: a File made in the page's realm goes in through DataTransfer, then input and change.
// The bytes arrive as base64 because Chromium JSON-serialises the background's tabs.sendMessage.
import { fromBase64, source } from '../../../vault/crypto/encoding';
import { fire, windowOf } from '../dom';
import type { Driver } from '../driver';

export const fileDriver: Driver = {
  async write(field, want) {
    const file = want.file;
    if (!file?.base64) return 'noContent';
    const win = windowOf(field.element);
    if (typeof win.DataTransfer !== 'function') return 'unsupported';
    const transfer = new win.DataTransfer();
    transfer.items.add(new win.File([source(fromBase64(file.base64))], file.name, { type: file.mimeType }));
    (field.element as HTMLInputElement).files = transfer.files;
    fire(field.element, 'input');
    fire(field.element, 'change');
    return undefined;
  },
  hasValue(field, want) {
    const files = (field.element as HTMLInputElement).files;
    return Boolean(want.file && files && files.length > 0 && files[0]!.name === want.file.name);
  },
};
