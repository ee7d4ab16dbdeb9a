// The demo site's own form handling, written the way a job site's scripts are: it keeps the form's
// state from input and change events, and on submit it shows what it would send instead of sending.
// window.__demoState contains the state, window.__demoEvents every input and change event the
// page saw, and window.__submitted the last would-be submission. With ?report=1 in the URL the page also posts
// the submission to the local server's /report, for tests.
(function () {
  'use strict';
  const form = document.querySelector('form[data-demo-form]');
  if (!form) return;

  window.__demoState = {};
  window.__demoEvents = [];
  window.__submitted = null;

  function fieldValue(control) {
    if (control.type === 'checkbox') return control.checked;
    if (control.type === 'radio') return control.checked ? control.value : undefined;
    if (control.type === 'file') return Array.from(control.files).map((file) => `${file.name} (${file.size} bytes)`).join(', ');
    return control.value;
  }

  function record(event) {
    const control = event.target;
    if (!control.name) return;
    const value = fieldValue(control);
    window.__demoEvents.push({ type: event.type, name: control.name, value: value });
    if (value !== undefined) window.__demoState[control.name] = value;
  }
  form.addEventListener('input', record);
  form.addEventListener('change', record);

  function collectSubmission() {
    const submission = {};
    for (const [name, value] of new FormData(form).entries()) {
      if (name === 'website_url') continue; // the honeypot is checked, not sent
      if (!(value instanceof File)) submission[name] = value;
      else submission[name] = value.name ? `${value.name} (${value.size} bytes)` : '';
    }
    return submission;
  }

  function renderSubmission(submission) {
    const output = document.getElementById('submission');
    const table = document.createElement('table');
    for (const [name, value] of Object.entries(submission)) {
      const row = table.insertRow();
      const nameCell = document.createElement('th');
      nameCell.textContent = name;
      row.appendChild(nameCell);
      row.insertCell().textContent = value;
    }
    const note = document.createElement('p');
    note.textContent = output.dataset.note;
    output.replaceChildren(note, table);
    output.hidden = false;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const honeypot = form.querySelector('[name=website_url]');
    const submission = collectSubmission();
    window.__submitted = { fields: submission, honeypotFilled: Boolean(honeypot && honeypot.value) };
    renderSubmission(submission);
    if (new URLSearchParams(location.search).get('report') === '1') {
      fetch('/report', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ page: location.pathname, submitted: window.__submitted, events: window.__demoEvents }),
      });
    }
  });
})();
