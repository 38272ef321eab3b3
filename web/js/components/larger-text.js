// How the page looks for this person: the "Larger text" option on every page, and on pupil pages the pupil's
// access arrangements (dyslexia-friendly font, text size, line spacing, background tint, reduced motion).
// A classic script (not a module) loaded in <head>, so the last known choices are applied before the first
// paint: the page never jumps from one look to another, and works offline. Once the page knows who is signed
// in, js/components/access-arrangements.js calls KS3Display.apply() with the account's settings.
// It defines <larger-text-toggle>, a button that switches the option, remembers it here and tells the page
// (the "larger-text-change" event), which saves a pupil's choice to their account.
// Sizes, fonts and tints themselves are in css/variables.css and css/accessibility.css.
// Long: one closure, because a classic script must not leak its helpers into the page's global scope.
(function () {
  "use strict";
  var STORAGE_KEY = "ks3.largerText";
  var ACCESS_KEY = "ks3.accessArrangements"; // the signed-in pupil's, as last seen from the server
  var CLASS_NAME = "text-larger";
  var root = document.documentElement;
  var isPupilPage = root.getAttribute("data-audience") === "pupil";

  function read(key) {
    try {
      return localStorage.getItem(key);
    } catch (error) {
      return null; // storage switched off: the usual look until the server says otherwise
    }
  }

  function write(key, value) {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch (error) {
      // Cannot remember it; it still applies to this page.
    }
  }

  function applyLarger(on) {
    root.classList.toggle(CLASS_NAME, on);
    var buttons = document.querySelectorAll("larger-text-toggle button");
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", String(on));
  }

  function setData(name, value, usual) {
    if (value && value !== usual) root.setAttribute(name, value);
    else root.removeAttribute(name);
  }

  /** Put access arrangements ({dyslexia_font, text_size, ...}, or null for none) on <html>. */
  function applyArrangements(arrangements) {
    var a = arrangements || {};
    root.classList.toggle("access-dyslexia-font", Boolean(a.dyslexia_font));
    root.classList.toggle("access-reduced-motion", Boolean(a.reduced_motion));
    setData("data-text-size", a.text_size, "normal");
    setData("data-line-spacing", a.line_spacing, "normal");
    setData("data-tint", a.background_tint, "none");
  }

  function cachedArrangements() {
    try {
      return JSON.parse(read(ACCESS_KEY) || "null");
    } catch (error) {
      return null;
    }
  }

  applyLarger(read(STORAGE_KEY) === "on");
  if (isPupilPage) applyArrangements(cachedArrangements());

  window.KS3Display = {
    /** The account's settings: arrangements (null for staff) and the person's own "Larger text". */
    apply: function (arrangements, largerText) {
      if (isPupilPage) applyArrangements(arrangements);
      write(ACCESS_KEY, arrangements ? JSON.stringify(arrangements) : null);
      applyLarger(Boolean(largerText));
      write(STORAGE_KEY, largerText ? "on" : "off");
    },
    /** Signing out: the next person on this computer must not start with these arrangements. */
    forget: function () {
      write(ACCESS_KEY, null);
      applyArrangements(null);
    },
  };

  // Changed in another tab: follow it, so every open page looks the same.
  window.addEventListener("storage", function (event) {
    if (event.key === STORAGE_KEY) applyLarger(event.newValue === "on");
    if (event.key === ACCESS_KEY && isPupilPage) applyArrangements(cachedArrangements());
  });

  class LargerTextToggle extends HTMLElement {
    connectedCallback() {
      if (this.querySelector("button")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "button button--secondary button--small";
      button.textContent = "Larger text";
      button.setAttribute("aria-pressed", String(root.classList.contains(CLASS_NAME)));
      button.addEventListener("click", function () {
        var on = !root.classList.contains(CLASS_NAME);
        write(STORAGE_KEY, on ? "on" : "off");
        applyLarger(on);
        document.dispatchEvent(new CustomEvent("larger-text-change", { detail: { on: on } }));
      });
      this.append(button);
    }
  }

  if (!customElements.get("larger-text-toggle")) customElements.define("larger-text-toggle", LargerTextToggle);
})();
