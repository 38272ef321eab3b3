// The "Larger text" option, on every page. A classic script (not a module) loaded in <head>, so the saved
// size is applied before the first paint: the page never jumps from one text size to another.
// It defines <larger-text-toggle>, a button that switches the option and remembers it in localStorage.
// Text sizes themselves are in css/variables.css (html.text-larger).
(function () {
  "use strict";
  var STORAGE_KEY = "ks3.largerText";
  var CLASS_NAME = "text-larger";
  var root = document.documentElement;

  function saved() {
    try {
      return localStorage.getItem(STORAGE_KEY) === "on";
    } catch (error) {
      return false; // storage switched off: normal size
    }
  }

  function apply(on) {
    root.classList.toggle(CLASS_NAME, on);
    var buttons = document.querySelectorAll("larger-text-toggle button");
    for (var i = 0; i < buttons.length; i++) buttons[i].setAttribute("aria-pressed", String(on));
  }

  function remember(on) {
    try {
      localStorage.setItem(STORAGE_KEY, on ? "on" : "off");
    } catch (error) {
      // Cannot remember it; it still applies to this page.
    }
  }

  apply(saved());

  // Changed in another tab: follow it, so every open page looks the same.
  window.addEventListener("storage", function (event) {
    if (event.key === STORAGE_KEY) apply(event.newValue === "on");
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
        remember(on);
        apply(on);
      });
      this.append(button);
    }
  }

  if (!customElements.get("larger-text-toggle")) customElements.define("larger-text-toggle", LargerTextToggle);
})();
