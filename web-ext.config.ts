import { defineWebExtConfig } from 'wxt';

// `wxt` dev mode would try to open a browser; `npm start` launches Chromium itself.
export default defineWebExtConfig({ disabled: true });
