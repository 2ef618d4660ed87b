// The demo page: the seed seminar in English, French, German, Spanish or Italian. The widgets follow
// <html lang> by themselves; this script only switches it and translates the
// page's own texts.
function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-en]')) node.textContent = node.dataset[lang] ?? node.dataset.en;
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  document.querySelector('#clock')?.dispatchEvent(new Event('input'));
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    setLanguage(button.dataset.lang);
  });
}
setLanguage(new URLSearchParams(location.search).get('lang') ?? 'en');

// Time travel: one slider sets `now` on every widget that follows the page's clock.
const clock = document.querySelector('#clock');
const clockValue = document.querySelector('#clock-value');
function travel() {
  const minutes = Number(clock.value);
  // The seminar day in Paris (UTC+2 in July); the instant carries its offset, no hand-made time zone maths.
  const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const now = `2016-07-08T${time}:00+02:00`;
  clockValue.textContent = new Intl.DateTimeFormat(document.documentElement.lang, { timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(now));
  for (const widget of document.querySelectorAll('[data-clock]')) widget.setAttribute('now', now);
}
clock.addEventListener('input', travel);
travel();
