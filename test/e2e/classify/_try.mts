import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
for (const f of ['05-smartrecruiters.html', '02-greenhouse-embed.html', '04-workday.html']) {
  const html = readFileSync('/work/shared/corpus/' + f, 'utf8');
  const w = new Window({ url: 'http://127.0.0.1/' + f, settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true } as any });
  w.document.write(html);
  await w.happyDOM.waitUntilComplete();
  const d = w.document;
  const host = d.querySelector('sr-input');
  console.log(f, d.querySelectorAll('input').length, host?.shadowRoot?.querySelectorAll('input').length, (d.querySelector('iframe') as any)?.contentDocument?.querySelectorAll('input').length);
  (d.getElementById('wd-next') as any)?.click();
  await new Promise(r => setTimeout(r, 300));
  console.log('after', d.querySelectorAll('input').length);
  await w.happyDOM.close();
}
