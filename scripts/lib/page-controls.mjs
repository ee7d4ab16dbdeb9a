// The benchmark's in-page collector. It runs in the main world of each frame, never in the
// extension, and walks open shadow roots. For every annotated control it reports the expected
// meaning from the annotation attribute, the texts a label could come from, the current value and
// whether the control is rendered. The extension never reads these attributes; only this harness does.

/**
 * Returns the annotated controls of the frame's document. Runs inside the page, so it must be
 * self-contained. `expectAttr` is the annotation attribute (data-expect unless overridden).
 */
export function collectControls(expectAttr) {
  const partAttr = `${expectAttr}-part`;
  if (!window.__benchIds) {
    window.__benchIds = new WeakMap();
    window.__benchNextId = 1;
  }
  const idOf = (element) => {
    if (!window.__benchIds.has(element)) window.__benchIds.set(element, window.__benchNextId++);
    return window.__benchIds.get(element);
  };
  const clean = (text) => (text ?? '').replace(/\s+/g, ' ').trim();

  const elements = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.hasAttribute(expectAttr)) elements.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);

  const rootOf = (element) => element.getRootNode();
  const byId = (element, id) => rootOf(element).getElementById?.(id) ?? document.getElementById(id);

  function labelTexts(element) {
    const texts = [];
    const id = element.getAttribute('id');
    if (id) {
      for (const label of rootOf(element).querySelectorAll(`label[for="${CSS.escape(id)}"]`)) texts.push(label.textContent);
    }
    const wrapping = element.closest('label');
    if (wrapping) texts.push(wrapping.textContent);
    for (const attribute of ['aria-label', 'placeholder', 'title', 'name', 'id']) {
      if (element.getAttribute(attribute)) texts.push(element.getAttribute(attribute));
    }
    const labelledBy = element.getAttribute('aria-labelledby') ?? element.closest('[aria-labelledby]')?.getAttribute('aria-labelledby');
    for (const labelId of (labelledBy ?? '').split(/\s+/).filter(Boolean)) texts.push(byId(element, labelId)?.textContent);
    const legend = element.closest('fieldset')?.querySelector('legend');
    if (legend) texts.push(legend.textContent);
    if (element.tagName === 'SELECT' && element.options[0]) texts.push(element.options[0].textContent);
    const host = rootOf(element).host;
    if (host) texts.push(host.getAttribute('label') ?? host.getAttribute('aria-label') ?? '');
    return texts.map(clean).filter(Boolean);
  }

  /** Text of the closest ancestors whose text is short enough to be the field's own block. */
  function nearbyTexts(element) {
    const texts = [];
    // A hidden input is never shown, so no text on the page labels it.
    if (element.getAttribute('type') === 'hidden') return texts;
    let ancestor = element.parentElement ?? rootOf(element).host;
    for (let depth = 0; ancestor && depth < 6; depth += 1) {
      const text = clean(ancestor.textContent);
      if (text.length > 0 && text.length <= 300) texts.push(text);
      ancestor = ancestor.parentElement ?? ancestor.getRootNode().host;
    }
    return texts;
  }

  function isRendered(element) {
    if (typeof element.checkVisibility === 'function' && !element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) {
      return false;
    }
    const rect = element.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2) return false;
    if (rect.right + window.scrollX <= 0 || rect.bottom + window.scrollY <= 0) return false;
    for (let node = element; node && node.nodeType === 1; node = node.parentElement ?? node.getRootNode().host) {
      const style = getComputedStyle(node);
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' || /inset\(50%|inset\(100%/.test(style.clipPath)) return false;
    }
    return true;
  }

  function valueOf(element) {
    const tag = element.tagName;
    const type = (element.getAttribute('type') ?? '').toLowerCase();
    if (tag === 'INPUT' && (type === 'checkbox' || type === 'radio')) {
      const optionLabel = element.closest('label')?.textContent ?? (element.id ? rootOf(element).querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent : '');
      return { kind: 'check', checked: element.checked, text: clean(`${element.value} ${optionLabel ?? ''}`) };
    }
    if (tag === 'INPUT' && type === 'file') return { kind: 'file', text: [...element.files].map((file) => file.name).join(','), filled: element.files.length > 0 };
    if (tag === 'SELECT') {
      const option = element.selectedOptions[0];
      const chosen = Boolean(option && option.value !== '');
      return { kind: 'select', text: chosen ? clean(`${option.value} ${option.textContent}`) : '' };
    }
    if (tag === 'INPUT' && element.value === '') {
      // A search prompt shows what was picked as a list beside the emptied search box.
      const picked = element.parentElement?.querySelector('[role=listbox]');
      if (picked) return { kind: 'text', text: clean(picked.textContent) };
    }
    if (tag === 'INPUT' || tag === 'TEXTAREA') return { kind: 'text', text: element.value };
    if (element.hasAttribute('aria-pressed')) return { kind: 'check', checked: element.getAttribute('aria-pressed') === 'true', text: clean(element.textContent) };
    if (element.getAttribute('role') === 'spinbutton') return { kind: 'text', text: element.getAttribute('aria-valuenow') ?? clean(element.textContent) };
    return { kind: 'text', text: clean(element.textContent) };
  }

  return elements
    .filter((element) => element.getAttribute('role') !== 'option')
    .map((element) => {
      const type = (element.getAttribute('type') ?? '').toLowerCase();
      const isChoice = element.tagName === 'INPUT' && (type === 'radio' || type === 'checkbox');
      const isPressButton = element.tagName === 'BUTTON' && element.hasAttribute('aria-pressed');
      let groupKey = null;
      // Radios of one name form a group only within one form or one document or shadow root.
      if (isChoice && element.name) groupKey = `${type}:${idOf(element.form ?? rootOf(element))}:${element.name}`;
      else if (isPressButton) groupKey = `buttons:${idOf(element.parentElement)}`;
      return {
        benchId: idOf(element),
        key: element.getAttribute(expectAttr),
        part: element.getAttribute(partAttr),
        noAutofill: element.getAttribute('data-no-autofill') === 'true',
        tag: element.tagName.toLowerCase(),
        type,
        groupKey,
        hookFieldId: element.getAttribute('data-meritvalv-field-id'),
        labels: labelTexts(element),
        nearby: nearbyTexts(element),
        rendered: isRendered(element),
        value: valueOf(element),
      };
    });
}
