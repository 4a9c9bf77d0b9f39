/*
 * Klankbord survey embed. Put on any website:
 *   <script src="https://YOUR-KLANKBORD/embed/survey.js" data-survey="SLUG" data-label="Geef uw mening" async></script>
 * Shows a button (bottom right) that opens the survey in a pop-up; data-open="auto" opens it at once,
 * data-open="none" shows no button (call Klankbord.open('SLUG') from your own button).
 * Plain ES5, no dependencies; everything it adds has a "kb-" prefix.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var origin = new URL(script.src, location.href).origin;
  var slug = script.getAttribute('data-survey') || '';
  var label = script.getAttribute('data-label') || 'Feedback';
  var mode = script.getAttribute('data-open') || 'button';
  var overlay = null;

  function close() {
    if (!overlay) return;
    overlay.parentNode.removeChild(overlay);
    overlay = null;
    document.removeEventListener('keydown', onKey);
  }
  function onKey(e) {
    if (e.key === 'Escape') close();
  }
  function open(which) {
    var s = which || slug;
    if (!/^[a-z0-9-]{4,64}$/.test(s) || overlay) return;
    overlay = document.createElement('div');
    overlay.className = 'kb-survey-overlay';
    overlay.setAttribute('role', 'dialog');
    overlay.setAttribute('aria-modal', 'true');
    overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483000;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center';
    var box = document.createElement('div');
    box.style.cssText = 'position:relative;width:min(640px,94vw);height:min(760px,90vh);background:#fff;border-radius:10px;box-shadow:0 10px 40px rgba(0,0,0,.3);overflow:hidden';
    var frame = document.createElement('iframe');
    frame.className = 'kb-survey-frame';
    frame.title = 'Survey';
    frame.src = origin + '/s/' + encodeURIComponent(s) + '?embed=1';
    frame.style.cssText = 'border:0;width:100%;height:100%';
    var x = document.createElement('button');
    x.type = 'button';
    x.className = 'kb-survey-close';
    x.setAttribute('aria-label', 'Close');
    x.innerHTML = '&times;';
    x.style.cssText = 'position:absolute;top:6px;right:10px;border:0;background:transparent;font-size:28px;line-height:1;cursor:pointer;color:#444';
    x.onclick = close;
    overlay.onclick = function (e) {
      if (e.target === overlay) close();
    };
    box.appendChild(frame);
    box.appendChild(x);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
    document.addEventListener('keydown', onKey);
  }
  function addButton() {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'kb-survey-button';
    b.textContent = label;
    b.style.cssText = 'position:fixed;right:20px;bottom:20px;z-index:2147482999;padding:10px 18px;border:0;border-radius:22px;background:#1c7ed6;color:#fff;font:600 15px system-ui,sans-serif;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)';
    b.onclick = function () {
      open();
    };
    document.body.appendChild(b);
  }
  window.Klankbord = window.Klankbord || {};
  window.Klankbord.open = open;
  window.Klankbord.close = close;
  function start() {
    if (mode === 'auto') open();
    else if (mode !== 'none') addButton();
  }
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
})();
