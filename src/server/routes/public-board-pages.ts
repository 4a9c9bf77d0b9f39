import type { FastifyInstance } from 'fastify';
import { z } from 'zod';

const SLUG = /^[a-z0-9-]{1,60}$/;

/** The embed script: /embed/board.js?slug=... */
export async function boardEmbedRoutes(app: FastifyInstance) {
  app.get(
    '/embed/board.js',
    {
      schema: { hide: true, querystring: z.object({ slug: z.string().regex(SLUG, 'a board address: lower-case letters, digits and dashes') }) },
      config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { slug } = request.query as { slug: string };
      return reply
        .header('cross-origin-resource-policy', 'cross-origin')
        .header('cache-control', 'public, max-age=300')
        .type('application/javascript; charset=utf-8')
        .send(embedScript(slug));
    },
  );
}

/** One script tag on the business's site: a button that opens the board in a pop-up iframe. */
function embedScript(slug: string): string {
  return `(function () {
  var script = document.currentScript;
  var origin = script ? new URL(script.src).origin : '';
  var slug = ${JSON.stringify(slug)};
  var lang = (document.documentElement.lang || navigator.language || 'nl').slice(0, 2) === 'en' ? 'en' : 'nl';
  var label = lang === 'en' ? 'Ideas' : 'Idee\\u00ebn';
  var close = lang === 'en' ? 'Close' : 'Sluiten';
  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('data-klankbord-board', slug);
  button.style.cssText = 'position:fixed;right:20px;bottom:20px;z-index:2147483000;padding:12px 18px;border:0;border-radius:24px;background:#2f6f4f;color:#fff;font:600 15px system-ui,sans-serif;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)';
  var overlay = null;
  function hide() { if (overlay) { overlay.remove(); overlay = null; button.focus(); } }
  button.addEventListener('click', function () {
    if (overlay) return hide();
    overlay = document.createElement('div');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483001;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center';
    overlay.addEventListener('click', function (e) { if (e.target === overlay) hide(); });
    var box = document.createElement('div');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', label);
    box.style.cssText = 'position:relative;width:min(720px,96vw);height:min(860px,92vh);background:#fff;border-radius:12px;overflow:hidden';
    box.style.display = 'flex';
    box.style.flexDirection = 'column';
    // A slim bar of its own above the board, so the close button never covers the board's controls.
    var bar = document.createElement('div');
    bar.style.cssText = 'flex:none;display:flex;align-items:center;justify-content:flex-end;gap:12px;height:40px;padding:0 8px 0 16px;border-bottom:1px solid #e9ecef;font:14px system-ui,sans-serif';
    var url = origin + '/b/' + encodeURIComponent(slug) + '?lang=' + lang;
    var newWindow = document.createElement('a');
    newWindow.href = url;
    newWindow.target = '_blank';
    newWindow.rel = 'noopener';
    newWindow.textContent = lang === 'en' ? 'Open in a new window' : 'Open in nieuw venster';
    newWindow.style.cssText = 'color:#2f6f4f;text-decoration:none';
    var x = document.createElement('button');
    x.type = 'button';
    x.textContent = '\\u00d7';
    x.setAttribute('aria-label', close);
    x.style.cssText = 'border:0;background:transparent;font:24px system-ui;line-height:1;cursor:pointer;padding:4px 8px';
    x.addEventListener('click', hide);
    bar.appendChild(newWindow);
    bar.appendChild(x);
    var frame = document.createElement('iframe');
    frame.src = url + '&embed=1';
    frame.title = label;
    frame.style.cssText = 'flex:1;width:100%;border:0';
    box.appendChild(bar);
    box.appendChild(frame);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
    x.focus();
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
  if (document.body) document.body.appendChild(button);
  else document.addEventListener('DOMContentLoaded', function () { document.body.appendChild(button); });
})();
`;
}
