// The `dark` setting of the stories' run (vitest.config.mjs): the host page is a
// dark site, as a visitor with a dark scheme sees one. The widgets must stay
// readable on it (RGAA 3.2, 3.3).
const style = document.createElement('style');
style.textContent = ':root { color-scheme: dark; background: #161616; color: #ececec; } body { background: #161616; }';
document.head.append(style);
