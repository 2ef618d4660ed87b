// The demo page: the seed seminar in English or French. The widgets follow
// <html lang> by themselves; this script only switches it and translates the
// page's own texts.
function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-en]')) node.textContent = node.dataset[lang] ?? node.dataset.en;
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    setLanguage(button.dataset.lang);
  });
}
setLanguage(new URLSearchParams(location.search).get('lang') ?? 'en');
